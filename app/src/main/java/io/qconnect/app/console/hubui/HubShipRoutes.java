package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Msg;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.tracking.RowProblem;
import io.qconnect.hub.tracking.RowResult;
import io.qconnect.hub.tracking.ShipmentUpload;
import io.qconnect.hub.tracking.ShippedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Shipping from the order grid: the ticked lines with one carrier from the list and each line's
 * tracking number, or an uploaded file of tracking numbers (the grid's export filled in). Rows are
 * taken one by one: each is written whole with its cart or refused with its reason, and the next
 * page lists every row's result.
 */
final class HubShipRoutes {
  static final String RESULTS = "hub.shipResults";
  static final int MAX_UPLOAD = 5 * 1024 * 1024;

  private final Hub hub;

  HubShipRoutes(Hub hub) {
    this.hub = hub;
  }

  void mount(Router r) {
    r.action("/hub/orders/ship", Role.OPERATOR, this::ship);
    r.action("/hub/orders/upload", Role.OPERATOR, this::upload);
  }

  private String ship(Call c) {
    String carrier = c.form("carrier");
    List<ShippedLine> lines = new ArrayList<>();
    for (String v : c.forms("line")) {
      int slash = v.lastIndexOf('/');
      if (slash <= 0) {
        throw new ConsoleInputException(c.t().f("error.number", c.t().t("hub.orders.orderNo"), v));
      }
      String tracking = c.form("tn:" + v);
      lines.add(new ShippedLine(v.substring(0, slash), v.substring(slash + 1), carrier, tracking));
    }
    if (lines.isEmpty()) {
      throw new ConsoleInputException(c.t().t("hub.orders.noneTicked"));
    }
    if (carrier.isEmpty()) {
      throw new ConsoleInputException(c.t().t("hub.grid.needCarrier"));
    }
    report(c, c.t().t("hub.grid.bulkShip"), hub.shipments().shipEach(lines));
    return Router.back(c);
  }

  private String upload(Call c) {
    Call.Upload file =
        c.upload("file", MAX_UPLOAD, c.t().f("hub.grid.tooLarge", MAX_UPLOAD / 1024 / 1024))
            .orElseThrow(() -> new ConsoleInputException(c.t().t("hub.grid.noFile")));
    ShipmentUpload outcome = hub.shipments().upload(c.form("shop"), file.content());
    switch (outcome) {
      case ShipmentUpload.Refused r ->
          throw new ConsoleInputException(
              c.t().f("hub.grid.file." + r.problem().name(), file.fileName(), r.value()));
      case ShipmentUpload.Done d -> report(c, file.fileName(), d.rows());
    }
    return Router.back(c);
  }

  /** The summary as a message, every row's result for the next page. */
  private static void report(Call c, String title, List<RowResult> rows) {
    Msg t = c.t();
    List<ShipResults.Row> out = new ArrayList<>();
    int queued = 0;
    int refused = 0;
    for (RowResult r : rows) {
      ShipResults.Row row = row(t, r);
      queued += r instanceof RowResult.Queued ? 1 : 0;
      refused += r instanceof RowResult.Refused ? 1 : 0;
      out.add(row);
    }
    c.once(RESULTS, new ShipResults(title, out));
    c.flash(
        refused == 0 ? Flash.Kind.OK : Flash.Kind.ERROR,
        t.f("hub.grid.shipSummary", title, queued, refused, rows.size() - queued - refused));
  }

  private static ShipResults.Row row(Msg t, RowResult r) {
    return switch (r) {
      case RowResult.Queued q ->
          new ShipResults.Row(
              q.row(),
              q.orderNo(),
              "ok",
              t.f("hub.grid.row.queued", q.carrier(), q.trackingNo())
                  + (q.cartLines().isEmpty()
                      ? ""
                      : " " + t.f("hub.grid.row.cart", join(q.cartLines()))));
      case RowResult.Unchanged u ->
          new ShipResults.Row(u.row(), u.orderNo(), "same", t.t("hub.grid.row.unchanged"));
      case RowResult.Skipped s ->
          new ShipResults.Row(s.row(), s.orderNo(), "skipped", t.t("hub.grid.row.skipped"));
      case RowResult.Refused f ->
          new ShipResults.Row(f.row(), f.orderNo(), "error", problem(t, f.problem()));
    };
  }

  /** A row's problem in the viewer's language, naming the column and the value. */
  static String problem(Msg t, RowProblem p) {
    String value =
        p.kind() == RowProblem.Kind.NOT_SHIPPABLE ? t.t("hubstatus." + p.value()) : p.value();
    return t.f("hub.grid.problem." + p.kind().name(), t.t("hub.grid.column." + p.field()), value);
  }

  private static String join(List<Long> nos) {
    return String.join(", ", nos.stream().map(String::valueOf).toList());
  }
}
