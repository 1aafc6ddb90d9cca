package io.qconnect.marketplace.order;

import java.util.Objects;

/**
 * An order line as the seller's order screen and its CSV show it: the line with who bought it and
 * where it goes.
 *
 * @param address prefecture, city and the rest of the address in one text
 */
public record ListedOrder(
    OrderLine line,
    String buyerName,
    String receiverName,
    String receiverTel,
    String zipCode,
    String address) {
  public ListedOrder {
    Objects.requireNonNull(line, "line");
    buyerName = buyerName == null ? "" : buyerName;
    receiverName = receiverName == null ? "" : receiverName;
    receiverTel = receiverTel == null ? "" : receiverTel;
    zipCode = zipCode == null ? "" : zipCode;
    address = address == null ? "" : address;
  }
}
