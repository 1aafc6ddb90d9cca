package io.qconnect.app.console.hubui;

import static java.util.stream.Collectors.joining;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderQuery;
import io.qconnect.hub.tracking.Shipment;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Imported orders with filters (shop, hub status, order date) and one line with its history. */
public final class HubOrderRoutes {
  static final int LIMIT = 500;

  private final Hub hub;

  HubOrderRoutes(Hub hub) {
    this.hub = hub;
  }

  /** The filters as sent back into the form. */
  public record Filter(String shop, String status, String from, String to) {}

  /** The order list. */
  public record OrdersPage(
      Filter filter,
      List<String> shops,
      List<HubStatus> statuses,
      List<OrderLine> lines,
      int limit) {}

  /** One line. */
  public record OrderPage(
      OrderLine line, List<OrderLine> cart, Shipment shipment, List<HistoryEntry> history) {}

  void mount(Router r) {
    r.page("/hub/orders", Role.OPERATOR, this::list);
    r.page("/hub/orders/{shop}/{orderNo}", Role.OPERATOR, this::detail);
  }

  private void list(Call c) {
    Filter f = new Filter(c.query("shop"), c.query("status"), c.query("from"), c.query("to"));
    LocalDate from = c.date(f.from(), c.t().t("hub.orders.from"));
    LocalDate to = c.date(f.to(), c.t().t("hub.orders.to"));
    OrderQuery q =
        new OrderQuery(
            f.shop().isEmpty() ? null : f.shop(), status(c, f.status()), from, to, LIMIT);
    OrdersPage m =
        new OrdersPage(
            f, HubConsole.shopIds(hub), List.of(HubStatus.values()), hub.orders().list(q), LIMIT);
    c.render("hub/orders.jte", c.shell("hub.orders.title"), m);
  }

  /** The status filter; one the hub does not know is refused, naming the ones it does. */
  private static HubStatus status(Call c, String s) {
    if (s.isEmpty()) {
      return null;
    }
    for (HubStatus h : HubStatus.values()) {
      if (h.name().equals(s.strip().toUpperCase(Locale.ROOT))) {
        return h;
      }
    }
    throw new ConsoleInputException(
        c.t()
            .f(
                "error.choice",
                c.t().t("hub.orders.status"),
                s,
                Arrays.stream(HubStatus.values()).map(Enum::name).collect(joining(", "))));
  }

  private void detail(Call c) {
    String shop = c.pathParam("shop");
    long no = c.longNumber(c.pathParam("orderNo"), c.t().t("hub.orders.orderNo"));
    OrderLine line = hub.orders().get(shop, no);
    OrderPage m =
        new OrderPage(
            line,
            hub.orders().cart(shop, line.packNo()),
            hub.shipments().find(shop, no).orElse(null),
            hub.orders().history(shop, no));
    c.render("hub/order.jte", c.shell("hub.order.title"), m);
  }
}
