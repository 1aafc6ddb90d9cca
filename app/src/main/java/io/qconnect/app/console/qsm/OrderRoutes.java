package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.order.Carriers;
import io.qconnect.marketplace.order.ListedOrder;
import io.qconnect.marketplace.order.OrderCodes;
import io.qconnect.marketplace.order.OrderList;
import io.qconnect.marketplace.order.OrderOutcome;
import io.qconnect.marketplace.order.OrderSearch;
import io.qconnect.marketplace.order.OrderService;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 配送管理: the seller's orders by QSM status (配送要請/新規注文, 配送要請/配送準備, ...), searched by period, order
 * number and buyer, 50 to a page with the counts of every tab; lines that still need an estimated
 * ship date flagged (R56); confirm with 発送予定日 (2 → 3) and ship with carrier and tracking number (→
 * 4), one line or the ticked ones. Every action goes through {@link OrderService}, as
 * SetSellerCheckYN and SetSendingInfo do, so the rules are QAPI's. The CSV and the bulk-ship upload
 * are {@link OrderFileRoutes}.
 */
public final class OrderRoutes {
  static final int PAGE_SIZE = 50;

  private final Marketplace market;

  OrderRoutes(Marketplace market) {
    this.market = market;
  }

  /** A line with what the seller should notice. */
  public record Row(ListedOrder order, boolean needsDate, boolean delayed) {}

  /**
   * One status tab of a search.
   *
   * @param counts lines per status code matching the search, for the tabs
   * @param needingDate the seller's lines awaiting shipment without a date, whatever the search
   * @param error why the search as typed was refused, or null
   * @param defaultEst the date the confirm forms suggest (two business days from today)
   * @param upload the result of the bulk-ship upload just made, or null
   * @param tickAll every line of the page shows ticked (the 全選択 link, which needs no script)
   */
  public record OrdersPage(
      OrderFilters filters,
      List<ShippingStatus> statuses,
      Map<Integer, Integer> counts,
      List<Row> rows,
      int total,
      int page,
      int pages,
      int needingDate,
      String error,
      LocalDate defaultEst,
      LocalDate minEst,
      LocalDate maxEst,
      List<String> carriers,
      OrderFileRoutes.UploadResult upload,
      boolean tickAll) {
    public int count(ShippingStatus s) {
      return counts.getOrDefault(s.code(), 0);
    }

    /** Whether the tab's lines may be confirmed or shipped (status 2 or 3). */
    public boolean actionable() {
      return filters.status() == ShippingStatus.ON_REQUEST
          || filters.status() == ShippingStatus.SELLER_CONFIRM;
    }
  }

  void mount(Router r) {
    r.page("/qsm/orders", Role.SELLER, this::orders);
    r.action("/qsm/orders/confirm-selected", Role.SELLER, this::confirmSelected);
    r.action("/qsm/orders/ship-selected", Role.SELLER, this::shipSelected);
    r.action("/qsm/orders/{orderNo}/confirm", Role.SELLER, this::confirm);
    r.action("/qsm/orders/{orderNo}/ship", Role.SELLER, this::ship);
  }

  private void orders(Call c) {
    OrderFilters f;
    String error = null;
    try {
      f = OrderFilters.read(c);
    } catch (ConsoleInputException e) {
      f = OrderFilters.typed(c);
      error = e.getMessage();
    }
    OrderList list =
        error == null
            ? market.orderQueries().search(c.login(), f.search(), f.page(), PAGE_SIZE)
            : refused(market.orderQueries().search(c.login(), OrderSearch.inStatus(2), 1, 1));
    List<Row> rows =
        list.rows().stream()
            .map(
                o ->
                    new Row(
                        o,
                        o.line().awaitsShipment() && o.line().estShipDate() == null,
                        market.standing().isDelayed(o.line())))
            .toList();
    LocalDate today = market.clock().nowJst().toLocalDate();
    OrdersPage m =
        new OrdersPage(
            f,
            List.of(ShippingStatus.values()),
            list.counts(),
            rows,
            list.total(),
            list.page(),
            list.pages(PAGE_SIZE),
            market.orderQueries().needingDate(c.login()),
            error,
            market.calendar().plusBusinessDays(today, 2),
            today.plusDays(1),
            today.plusDays(OrderService.MAX_EST_SHIP_DAYS),
            Carriers.KNOWN,
            c.takeOnce(OrderFileRoutes.UPLOAD_KEY, OrderFileRoutes.UploadResult.class).orElse(null),
            c.query("tick").equals("all"));
    c.render("qsm/orders.jte", c.shell("qsm.orders.title"), m);
  }

  /** A refused search shows no line; the tabs count every line of the seller. */
  private static OrderList refused(OrderList all) {
    return new OrderList(List.of(), all.counts(), 0, 1);
  }

  private String confirm(Call c) {
    long no = c.longNumber(c.pathParam("orderNo"), c.t().t("qsm.orders.orderNo"));
    LocalDate est = estShipDate(c);
    OrderOutcome o = market.orders().confirm(c.login(), no, est, "", "", true);
    if (o.isSuccess()) {
      c.flash(Flash.Kind.OK, c.t().f("qsm.orders.confirmed", no, c.t().date(est)));
    } else {
      c.flash(Flash.Kind.ERROR, OrderResults.confirmRefused(c.t(), no, o));
    }
    return Router.back(c);
  }

  private String ship(Call c) {
    long no = c.longNumber(c.pathParam("orderNo"), c.t().t("qsm.orders.orderNo"));
    String tracking = c.form("trackingNo");
    OrderOutcome o = market.orders().ship(c.login(), no, c.form("carrier"), tracking);
    if (o.isSuccess()) {
      c.flash(Flash.Kind.OK, c.t().f("qsm.orders.shipped", no, tracking));
    } else {
      c.flash(Flash.Kind.ERROR, OrderResults.shipRefused(c.t(), no, o));
      c.keepForm();
    }
    return Router.back(c);
  }

  /** 発送予定日 of the ticked lines: one date, each line confirmed on its own. */
  private String confirmSelected(Call c) {
    List<Long> nos = selected(c);
    LocalDate est = estShipDate(c);
    int done = 0;
    List<String> refused = new ArrayList<>();
    for (long no : nos) {
      OrderOutcome o = market.orders().confirm(c.login(), no, est, "", "", true);
      if (o.isSuccess()) {
        done++;
      } else {
        refused.add(OrderResults.confirmRefused(c.t(), no, o));
      }
    }
    report(
        c, done == 0 ? null : c.t().f("qsm.orders.confirmedMany", done, c.t().date(est)), refused);
    return Router.back(c);
  }

  /**
   * 発送処理 of the ticked lines (or the one whose button was pressed): each with its own tracking
   * number and its own carrier, or the carrier chosen for all.
   */
  private String shipSelected(Call c) {
    List<Long> nos = c.form("only").isEmpty() ? selected(c) : List.of(only(c));
    String common = c.form("carrier");
    int done = 0;
    List<String> refused = new ArrayList<>();
    for (long no : nos) {
      String carrier = c.form("carrier_" + no).isEmpty() ? common : c.form("carrier_" + no);
      String tracking = c.form("tracking_" + no);
      OrderOutcome o = market.orders().ship(c.login(), no, carrier, tracking);
      if (o.isSuccess()) {
        done++;
      } else {
        refused.add(OrderResults.shipRefused(c.t(), no, o));
      }
    }
    report(c, done == 0 ? null : c.t().f("qsm.orders.shippedMany", done), refused);
    return Router.back(c);
  }

  private static void report(Call c, String ok, List<String> refused) {
    if (ok != null) {
      c.flash(Flash.Kind.OK, ok);
    }
    refused.stream().limit(20).forEach(r -> c.flash(Flash.Kind.ERROR, r));
    if (refused.size() > 20) {
      c.flash(Flash.Kind.ERROR, c.t().f("qsm.orders.moreRefused", refused.size() - 20));
    }
  }

  /** The ticked order numbers, each once, in the page's order. */
  private static List<Long> selected(Call c) {
    List<String> values = c.forms("orderNo");
    if (values.isEmpty()) {
      throw new ConsoleInputException(c.t().t("qsm.orders.noneTicked"));
    }
    if (values.size() > OrderCodes.BULK_LIMIT) {
      throw new ConsoleInputException(c.t().f("qsm.orders.tooManyTicked", OrderCodes.BULK_LIMIT));
    }
    Set<Long> out = new LinkedHashSet<>();
    for (String v : values) {
      out.add(c.longNumber(v, c.t().t("qsm.orders.orderNo")));
    }
    return List.copyOf(out);
  }

  private static long only(Call c) {
    return c.longNumber(c.form("only"), c.t().t("qsm.orders.orderNo"));
  }

  private static LocalDate estShipDate(Call c) {
    LocalDate est = c.date(c.form("estShipDate"), c.t().t("qsm.orders.estShipDate"));
    if (est == null) {
      throw new ConsoleInputException(c.t().t("qsm.orders.needDate"));
    }
    return est;
  }
}
