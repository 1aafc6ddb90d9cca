package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.order.OrderLine;
import io.qconnect.marketplace.order.OrderOutcome;
import io.qconnect.marketplace.order.OrderService;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 配送管理: the seller's orders by QSM status (配送要請/新規注文, 配送要請/配送準備, ...), lines that still need an
 * estimated ship date flagged (R56), and the two actions: confirm with 発送予定日 (2 → 3) and ship with
 * carrier and tracking number (→ 4).
 */
public final class OrderRoutes {
  static final List<String> CARRIERS = List.of("ヤマト運輸", "佐川急便", "日本郵便", "西濃運輸", "福山通運", "Qxpress");
  private static final int LIMIT = 300;

  private final Marketplace market;

  OrderRoutes(Marketplace market) {
    this.market = market;
  }

  /** A line with what the seller should notice. */
  public record Row(OrderLine line, boolean needsDate, boolean delayed) {}

  /**
   * One status tab.
   *
   * @param counts lines per status code, for the tabs
   * @param defaultEst the date the confirm form suggests (two business days from today)
   */
  public record OrdersPage(
      ShippingStatus status,
      List<ShippingStatus> statuses,
      Map<Integer, Integer> counts,
      List<Row> rows,
      long needingDate,
      LocalDate defaultEst,
      LocalDate minEst,
      LocalDate maxEst,
      List<String> carriers) {
    public int count(ShippingStatus s) {
      return counts.getOrDefault(s.code(), 0);
    }
  }

  void mount(Router r) {
    r.page("/qsm/orders", Role.SELLER, this::orders);
    r.action("/qsm/orders/{orderNo}/confirm", Role.SELLER, this::confirm);
    r.action("/qsm/orders/{orderNo}/ship", Role.SELLER, this::ship);
  }

  private void orders(Call c) {
    ShippingStatus status =
        c.query("status").isEmpty()
            ? ShippingStatus.ON_REQUEST
            : ShippingStatus.fromCode(c.number(c.query("status"), "status"))
                .orElse(ShippingStatus.ON_REQUEST);
    List<Row> rows =
        market.orderQueries().ofSeller(c.login(), status.code(), LIMIT).stream()
            .map(
                l ->
                    new Row(
                        l,
                        l.awaitsShipment() && l.estShipDate() == null,
                        market.standing().isDelayed(l)))
            .toList();
    LocalDate today = market.clock().nowJst().toLocalDate();
    OrdersPage m =
        new OrdersPage(
            status,
            List.of(ShippingStatus.values()),
            market.orderQueries().countsOfSeller(c.login()),
            rows,
            rows.stream().filter(Row::needsDate).count(),
            market.calendar().plusBusinessDays(today, 2),
            today.plusDays(1),
            today.plusDays(OrderService.MAX_EST_SHIP_DAYS),
            CARRIERS);
    c.render("qsm/orders.jte", c.shell("qsm.orders.title"), m);
  }

  private String confirm(Call c) {
    long no = c.longNumber(c.pathParam("orderNo"), c.t().t("qsm.orders.orderNo"));
    LocalDate est = c.date(c.form("estShipDate"), c.t().t("qsm.orders.estShipDate"));
    if (est == null) {
      throw new ConsoleInputException(c.t().t("qsm.orders.needDate"));
    }
    OrderOutcome o = market.orders().confirm(c.login(), no, est, "", "", true);
    return outcome(c, o, c.t().f("qsm.orders.confirmed", no, c.t().date(est)));
  }

  private String ship(Call c) {
    long no = c.longNumber(c.pathParam("orderNo"), c.t().t("qsm.orders.orderNo"));
    OrderOutcome o = market.orders().ship(c.login(), no, c.form("carrier"), c.form("trackingNo"));
    return outcome(c, o, c.t().f("qsm.orders.shipped", no, c.form("trackingNo")));
  }

  private static String outcome(Call c, OrderOutcome o, String ok) {
    if (o.isSuccess()) {
      c.flash(Flash.Kind.OK, ok);
    } else {
      c.flash(Flash.Kind.ERROR, c.t().f("error.refused", o.code() + " " + o.message()));
      c.keepForm();
    }
    return Router.back(c);
  }
}
