package io.qconnect.marketplace.order;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the seller's order screen searches for: one status, a period of order or payment dates
 * (whole JST days, either end open), an order or cart number, and a part of the buyer's or the
 * receiver's name.
 *
 * @param orderNo an order number or a cart number, or null for any
 * @param buyer a part of the buyer's or receiver's name, "" for any
 */
public record OrderSearch(
    int status, DateBy dateBy, LocalDate from, LocalDate to, Long orderNo, String buyer) {

  /** The longest buyer-name part a search takes. */
  public static final int MAX_BUYER = 100;

  /** The date the period applies to. */
  public enum DateBy {
    ORDER("l.order_date", "注文日", "Order date"),
    PAYMENT("l.payment_date", "決済日", "Payment date");

    final String column;
    private final String ja;
    private final String en;

    DateBy(String column, String ja, String en) {
      this.column = column;
      this.ja = ja;
      this.en = en;
    }

    public String ja() {
      return ja;
    }

    public String en() {
      return en;
    }
  }

  public OrderSearch {
    Objects.requireNonNull(dateBy, "dateBy");
    buyer = buyer == null ? "" : buyer.strip();
    if (buyer.length() > MAX_BUYER) {
      throw new IllegalArgumentException("a buyer name part is at most " + MAX_BUYER + " long");
    }
  }

  /** Every line in one status. */
  public static OrderSearch inStatus(int status) {
    return new OrderSearch(status, DateBy.ORDER, null, null, null, "");
  }

  /** The same search on another status tab. */
  public OrderSearch withStatus(int other) {
    return new OrderSearch(other, dateBy, from, to, orderNo, buyer);
  }
}
