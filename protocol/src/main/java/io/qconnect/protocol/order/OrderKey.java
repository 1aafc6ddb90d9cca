package io.qconnect.protocol.order;

/**
 * Which line of which cart this is: the seller, the line's {@code OrderNo}, its cart's {@code
 * PackNo} and the cart's other lines ({@code RelatedOrder}, comma-separated order numbers).
 *
 * @param orderType the claim row's {@code OrderType}; "" when not sent
 * @param branchName the seller's branch, when the shop has branches; "" otherwise
 */
public record OrderKey(
    String sellerId,
    long orderNo,
    long packNo,
    String relatedOrder,
    String orderType,
    String branchName) {

  /** No seller, no numbers. */
  public static final OrderKey NONE = new OrderKey("", 0, 0, "", "", "");

  public OrderKey {
    sellerId = Text.orEmpty(sellerId);
    relatedOrder = Text.orEmpty(relatedOrder);
    orderType = Text.orEmpty(orderType);
    branchName = Text.orEmpty(branchName);
  }

  /** The line {@code orderNo} of cart {@code packNo} of {@code sellerId}, alone in its cart. */
  public static OrderKey of(String sellerId, long orderNo, long packNo) {
    return new OrderKey(sellerId, orderNo, packNo, "", "", "");
  }

  public OrderKey withRelatedOrder(String relatedOrder) {
    return new OrderKey(sellerId, orderNo, packNo, relatedOrder, orderType, branchName);
  }
}
