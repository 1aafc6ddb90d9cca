package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.MarketplaceException;
import java.util.List;
import java.util.Objects;

/**
 * A checkout to place: the lines of one seller's items, one buyer and receiver, one payment.
 *
 * @param paid true when paid at checkout; false leaves the cart awaiting payment (status 1) until
 *     paid or past the payment method's deadline
 */
public record NewCart(
    String sellerId,
    Buyer buyer,
    Receiver receiver,
    PaymentMethod payment,
    boolean paid,
    List<Line> lines,
    String desiredDelivery,
    String shippingMessage,
    long shippingFee) {

  /** One line: an item (by item code or seller code), an option code or "", a quantity. */
  public record Line(String item, String optionCode, int qty) {
    public Line {
      if (item == null || item.isBlank()) {
        throw new MarketplaceException("each line needs an itemCode or sellerCode");
      }
      optionCode = optionCode == null ? "" : optionCode.strip();
      if (qty < 1 || qty > 999) {
        throw new MarketplaceException("line quantity must be 1..999, not " + qty);
      }
    }
  }

  public NewCart {
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(receiver, "receiver");
    Objects.requireNonNull(payment, "payment");
    lines = List.copyOf(lines);
    if (lines.isEmpty() || lines.size() > 50) {
      throw new MarketplaceException("a cart has 1 to 50 lines, not " + lines.size());
    }
    if (shippingFee < 0) {
      throw new MarketplaceException("shipping fee cannot be negative");
    }
  }
}
