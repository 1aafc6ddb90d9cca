package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Msg;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.fulfilment.Instruction;
import io.qconnect.hub.grid.GridFilter;
import io.qconnect.hub.grid.GridLine;
import io.qconnect.hub.grid.GridPage;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.Workflow;
import io.qconnect.hub.tracking.Shipment;
import io.qconnect.hub.tracking.ShipmentState;
import io.qconnect.protocol.wire.QapiDates;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The operator's order grid (one row per line: buyer, receiver and address, Qoo10 and hub status,
 * estimated ship date, carrier and tracking, write-back and instruction state; filters, paging with
 * the total, ticked lines to ship, instruct or release, CSV export and tracking upload) and one
 * line with its history.
 */
public final class HubOrderRoutes {
  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

  private final Hub hub;

  HubOrderRoutes(Hub hub) {
    this.hub = hub;
  }

  /**
   * The order grid.
   *
   * @param errors filter errors by field; when any, {@code page} is null
   * @param results the outcome of the last bulk ship or upload, or null
   */
  public record OrdersPage(
      OrderFilter filter,
      Map<String, String> errors,
      List<String> shops,
      List<HubStatus> statuses,
      List<GridFilter.WriteBack> writeBacks,
      GridPage page,
      List<String> carriers,
      ShipResults results) {

    /** The error of a filter field, or "". */
    public String error(String field) {
      return errors.getOrDefault(field, "");
    }
  }

  /** One line. */
  public record OrderPage(
      OrderLine line, List<OrderLine> cart, Shipment shipment, List<HistoryEntry> history) {}

  void mount(Router r) {
    r.page("/hub/orders", Role.OPERATOR, this::list);
    r.page("/hub/orders.csv", Role.OPERATOR, this::export);
    r.page("/hub/orders/{shop}/{orderNo}", Role.OPERATOR, this::detail);
  }

  private void list(Call c) {
    OrderFilter f = OrderFilter.of(c);
    OrderFilter.Parsed p = f.parse(c.t());
    GridPage page = p.ok() ? hub.grid().page(p.filter(), pageNo(c.query("page")), PAGE_SIZE) : null;
    OrdersPage m =
        new OrdersPage(
            f,
            p.errors(),
            HubConsole.shopIds(hub),
            List.of(HubStatus.values()),
            List.of(GridFilter.WriteBack.values()),
            page,
            hub.shipments().carrierNames(),
            c.takeOnce(HubShipRoutes.RESULTS, ShipResults.class).orElse(null));
    if (!p.ok()) {
      c.status(400);
    }
    c.render("hub/orders.jte", c.shell("hub.orders.title"), m);
  }

  /** A page number as sent; anything else is the first page (the grid clamps past the last). */
  private static int pageNo(String text) {
    return text.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(text)) : 1;
  }

  /** The whole filter as CSV, streamed; a filter with errors goes back to the grid showing them. */
  private void export(Call c) throws java.io.IOException {
    OrderFilter f = OrderFilter.of(c);
    OrderFilter.Parsed p = f.parse(c.t());
    if (!p.ok()) {
      c.redirect("/hub/orders?" + f.query());
      return;
    }
    Msg t = c.t();
    String name = "hub-orders-" + FILE_TIME.format(LocalDateTime.now(QapiDates.JST)) + ".csv";
    c.download(
        name,
        "text/csv; charset=UTF-8",
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          w.write('\uFEFF');
          hub.grid().writeCsv(p.filter(), w, state -> label(t, state));
          w.flush();
        });
  }

  /** A state in the viewer's language, for the CSV. */
  static String label(Msg t, Enum<?> state) {
    String prefix =
        switch (state) {
          case HubStatus h -> "hubstatus.";
          case ShipmentState s -> "writeback.";
          case Instruction.WebhookState w -> "webhook.";
          default -> "";
        };
    return prefix.isEmpty() ? state.name() : t.t(prefix + state.name());
  }

  /** Whether the grid offers a tracking field for the line (it may ship, not yet sent). */
  public static boolean shippable(GridLine g) {
    return Workflow.allows(g.line().hubStatus(), HubStatus.SHIPPED)
        && (g.writeBack() == null || g.writeBack().state() != ShipmentState.SENT);
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
