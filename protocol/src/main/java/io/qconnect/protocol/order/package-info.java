/**
 * Orders on the QAPI wire: the status and claim code tables, the order row models with the exact
 * field casing of real responses, and the requests and per-row results of the confirmation and
 * shipping methods.
 *
 * <p>Start with {@link io.qconnect.protocol.order.OrderLineView}, the one semantic view of an order
 * line, made of small parts: {@link io.qconnect.protocol.order.OrderKey}, {@link
 * io.qconnect.protocol.order.Progress}, {@link io.qconnect.protocol.order.Buyer}, {@link
 * io.qconnect.protocol.order.LineItem}, {@link io.qconnect.protocol.order.Amounts}, {@link
 * io.qconnect.protocol.order.Receiver}, {@link io.qconnect.protocol.order.Shipping}, {@link
 * io.qconnect.protocol.order.Delivery} and {@link io.qconnect.protocol.order.Claim}. The
 * marketplace fills it and renders it as {@link io.qconnect.protocol.order.ShippingInfoV3Row},
 * {@link io.qconnect.protocol.order.ShippingInfoV2Row}, {@link
 * io.qconnect.protocol.order.ShippingAndClaimInfoRow} or {@link
 * io.qconnect.protocol.order.ClaimInfoRow}; the hub reads any of those back into the view.
 */
package io.qconnect.protocol.order;
