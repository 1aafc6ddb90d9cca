package io.qconnect.protocol.order;

import java.util.Objects;

/**
 * One order line (one item or option of a cart), in semantic form, made of small parts: typed dates
 * (JST, no offset), yen amounts as {@code long}, statuses as enums. Text fields are never null (""
 * when unknown); dates and the claim status are null when not set. A part given as null is its
 * {@code NONE}; only {@link #progress()} (which holds the status) is required.
 *
 * <p>The wire rows ({@link ShippingInfoV3Row}, {@link ShippingInfoV2Row}, {@link
 * ShippingAndClaimInfoRow}, {@link ClaimInfoRow}) are renderings of this view. Start a line with
 * {@link #of(OrderKey, Progress)} and add parts with the withers.
 */
public record OrderLineView(
    OrderKey key,
    Progress progress,
    Buyer buyer,
    LineItem item,
    Amounts amounts,
    Receiver receiver,
    Shipping shipping,
    Delivery delivery,
    Claim claim) {

  public OrderLineView {
    Objects.requireNonNull(progress, "progress");
    key = key == null ? OrderKey.NONE : key;
    buyer = buyer == null ? Buyer.NONE : buyer;
    item = item == null ? LineItem.NONE : item;
    amounts = amounts == null ? Amounts.NONE : amounts;
    receiver = receiver == null ? Receiver.NONE : receiver;
    shipping = shipping == null ? Shipping.NONE : shipping;
    delivery = delivery == null ? Delivery.NONE : delivery;
    claim = claim == null ? Claim.NONE : claim;
  }

  /** The line {@code key} at {@code progress}, every other part empty. */
  public static OrderLineView of(OrderKey key, Progress progress) {
    return new OrderLineView(key, progress, null, null, null, null, null, null, null);
  }

  /** The line's shipping status (a shortcut for {@code progress().status()}). */
  public ShippingStatus status() {
    return progress.status();
  }

  /** The line's order number (a shortcut for {@code key().orderNo()}). */
  public long orderNo() {
    return key.orderNo();
  }

  public OrderLineView withStatus(ShippingStatus status) {
    return withProgress(progress.withStatus(status));
  }

  public OrderLineView withKey(OrderKey key) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }

  public OrderLineView withProgress(Progress progress) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }

  public OrderLineView withBuyer(Buyer buyer) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }

  public OrderLineView withItem(LineItem item) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }

  public OrderLineView withAmounts(Amounts amounts) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }

  public OrderLineView withReceiver(Receiver receiver) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }

  public OrderLineView withShipping(Shipping shipping) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }

  public OrderLineView withDelivery(Delivery delivery) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }

  public OrderLineView withClaim(Claim claim) {
    return new OrderLineView(
        key, progress, buyer, item, amounts, receiver, shipping, delivery, claim);
  }
}
