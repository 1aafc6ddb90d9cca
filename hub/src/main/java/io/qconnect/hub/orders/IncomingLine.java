package io.qconnect.hub.orders;

import io.qconnect.protocol.order.OrderLineView;

/**
 * What one import run learned about one order line.
 *
 * @param view the line from a status list, or null when only a claim was seen
 * @param creatable whether the line was listed under a status the shop imports (2, 3); lines seen
 *     only as shipped, delivered or claimed update known lines but are never created
 * @param claim the line's claim (claim fields of the view), or null
 */
record IncomingLine(long orderNo, OrderLineView view, boolean creatable, OrderLineView claim) {}
