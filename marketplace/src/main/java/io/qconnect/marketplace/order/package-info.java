/**
 * Orders and claims with Qoo10's status machine: carts ({@code PackNo}) of order lines ({@code
 * OrderNo}); 1 awaiting payment → 2 on request (paid) → 3 seller confirm → 4 on delivery → 5
 * delivered; claims (cancel, unpaid cancellation, returns); stock taken at order time and returned
 * on cancellation; every change recorded in the outbox in the same transaction. Start with {@link
 * io.qconnect.marketplace.order.OrderService}; {@link io.qconnect.marketplace.order.OrderMethods}
 * answers the order QAPI methods.
 */
package io.qconnect.marketplace.order;
