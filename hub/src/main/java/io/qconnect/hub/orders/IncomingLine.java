package io.qconnect.hub.orders;

import io.qconnect.protocol.order.OrderLineView;

/**
 * What one import run learned about one order line.
 *
 * @param view the line from a status list, or null when only a claim was seen
 * @param creatable whether the line was listed under a status list (the shop's 2 and/or 3, and
 *     always 4 and 5: a line the seller shipped in QSM between two runs is imported as shipped);
 *     lines seen only in claims update known lines but are never created
 * @param claim the line's claim (claim fields of the view), or null
 */
record IncomingLine(long orderNo, OrderLineView view, boolean creatable, OrderLineView claim) {}
