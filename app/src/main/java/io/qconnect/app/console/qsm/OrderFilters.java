package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.marketplace.order.OrderSearch;
import io.qconnect.marketplace.order.OrderSearch.DateBy;
import io.qconnect.protocol.order.ShippingStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The search of 配送管理 as query parameters: {@code status} (the tab, 1–5), {@code by} ({@code order}
 * or {@code paid}), {@code from} and {@code to} (yyyy-MM-dd, either may be blank), {@code no} (an
 * order or cart number), {@code buyer} (a part of the buyer's or receiver's name) and {@code page}.
 * The tabs, the pager and the CSV link carry the same parameters.
 */
public record OrderFilters(
    ShippingStatus status,
    DateBy by,
    LocalDate from,
    LocalDate to,
    String fromText,
    String toText,
    String no,
    String buyer,
    int page) {

  public static final List<DateBy> DATE_BYS = List.of(DateBy.values());

  static OrderFilters read(Call c) {
    ShippingStatus status =
        c.query("status").isEmpty()
            ? ShippingStatus.ON_REQUEST
            : ShippingStatus.fromCode(c.number(c.query("status"), c.t().t("qsm.orders.status")))
                .orElseThrow(
                    () ->
                        new ConsoleInputException(
                            c.t().f("qsm.orders.badValue", c.query("status"))));
    DateBy by = by(c, c.query("by"));
    LocalDate from = c.date(c.query("from"), c.t().t("qsm.orders.from"));
    LocalDate to = c.date(c.query("to"), c.t().t("qsm.orders.to"));
    if (from != null && to != null && to.isBefore(from)) {
      throw new ConsoleInputException(
          c.t().f("qsm.orders.badPeriod", c.t().date(from), c.t().date(to)));
    }
    String no = c.query("no");
    if (!no.isEmpty() && !no.matches("[0-9]{1,18}")) {
      throw new ConsoleInputException(c.t().f("qsm.orders.badOrderNo", shorten(no)));
    }
    String buyer = c.query("buyer");
    if (buyer.length() > OrderSearch.MAX_BUYER) {
      throw new ConsoleInputException(c.t().f("qsm.orders.buyerTooLong", OrderSearch.MAX_BUYER));
    }
    int page = c.query("page").isEmpty() ? 1 : Math.max(1, c.number(c.query("page"), "page"));
    return new OrderFilters(status, by, from, to, c.query("from"), c.query("to"), no, buyer, page);
  }

  /**
   * The search as typed, for showing a refused search again: the status tab when it is one, the
   * texts as they were (cut at 200 characters), no dates.
   */
  static OrderFilters typed(Call c) {
    ShippingStatus status =
        c.query("status").matches("[1-5]")
            ? ShippingStatus.fromCode(Integer.parseInt(c.query("status"))).orElseThrow()
            : ShippingStatus.ON_REQUEST;
    DateBy by = c.query("by").equals("paid") ? DateBy.PAYMENT : DateBy.ORDER;
    return new OrderFilters(
        status,
        by,
        null,
        null,
        cut(c.query("from")),
        cut(c.query("to")),
        cut(c.query("no")),
        cut(c.query("buyer")),
        1);
  }

  private static String cut(String v) {
    return v.length() > 200 ? v.substring(0, 200) : v;
  }

  public OrderSearch search() {
    return new OrderSearch(
        status.code(), by, from, to, no.isEmpty() ? null : Long.valueOf(no), buyer);
  }

  /** The query string of the search without status and page. */
  public String searchString() {
    return "by="
        + param(by)
        + "&from="
        + URLEncoder.encode(fromText, StandardCharsets.UTF_8)
        + "&to="
        + URLEncoder.encode(toText, StandardCharsets.UTF_8)
        + "&no="
        + URLEncoder.encode(no, StandardCharsets.UTF_8)
        + "&buyer="
        + URLEncoder.encode(buyer, StandardCharsets.UTF_8);
  }

  /** The query string of the search in its status (without the page). */
  public String queryString() {
    return "status=" + status.code() + "&" + searchString();
  }

  public boolean searching() {
    return !fromText.isEmpty() || !toText.isEmpty() || !no.isEmpty() || !buyer.isEmpty();
  }

  public static String param(DateBy b) {
    return b == DateBy.PAYMENT ? "paid" : "order";
  }

  private static DateBy by(Call c, String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "", "order" -> DateBy.ORDER;
      case "paid" -> DateBy.PAYMENT;
      default -> throw new ConsoleInputException(c.t().f("qsm.orders.badValue", shorten(v)));
    };
  }

  private static String shorten(String v) {
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }
}
