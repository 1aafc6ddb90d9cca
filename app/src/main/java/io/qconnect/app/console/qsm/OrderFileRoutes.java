package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Msg;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.catalog.file.FileEncoding;
import io.qconnect.marketplace.order.OrderOutcome;
import io.qconnect.marketplace.order.file.OrderFiles;
import io.qconnect.marketplace.order.file.ShipmentFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The order CSV of 配送管理's current search (every page, streamed, UTF-8 with a BOM or Shift_JIS) and
 * the bulk-ship upload: a CSV of 注文番号, 配送会社, 送り状番号 (the order CSV filled in will do), refused whole
 * when its header or encoding is wrong, else every row checked first and each valid row shipped on
 * its own through the same service as SetSendingInfo; the page then shows each row's result.
 */
public final class OrderFileRoutes {
  static final String UPLOAD_KEY = "qsm.orders.upload";
  private static final int MAX_BYTES = 2 * 1024 * 1024;

  private final Marketplace market;
  private final OrderFiles files;

  OrderFileRoutes(Marketplace market) {
    this.market = market;
    this.files = new OrderFiles(market.orderQueries());
  }

  /** One uploaded row and what came of it. */
  public record UploadRow(
      int number, String orderNo, String carrier, String trackingNo, boolean ok, String result) {}

  /** The upload's rows with their results. */
  public record UploadResult(String fileName, List<UploadRow> rows, int shipped, int skipped) {
    public int refused() {
      return rows.size() - shipped;
    }
  }

  /** Registers the download and the upload; before {@code /qsm/orders/{orderNo}/...}. */
  void mount(Router r) {
    r.page("/qsm/orders/" + OrderFiles.FILE_NAME, Role.SELLER, this::download);
    r.action("/qsm/orders/upload", Role.SELLER, this::upload);
  }

  private void download(Call c) throws Exception {
    OrderFilters f = OrderFilters.read(c);
    String v = c.query("encoding");
    FileEncoding enc =
        FileEncoding.parse(v)
            .orElseThrow(() -> new ConsoleInputException(c.t().f("qsm.files.badEncoding", v)));
    c.download(
        OrderFiles.FILE_NAME,
        "text/csv; charset=" + enc.charset().name(),
        out -> files.write(c.login(), f.search(), enc, out));
  }

  private String upload(Call c) {
    Call.Upload file =
        c.upload("file", MAX_BYTES, c.t().f("qsm.orders.upload.tooLarge", MAX_BYTES / 1024 / 1024))
            .orElseThrow(() -> new ConsoleInputException(c.t().t("qsm.orders.upload.none")));
    switch (ShipmentFile.read(file.content())) {
      case ShipmentFile.Read.Refused r -> c.flash(Flash.Kind.ERROR, refusal(c.t(), file, r));
      case ShipmentFile.Read.Rows rows -> {
        UploadResult result = apply(c, file.fileName(), rows);
        c.once(UPLOAD_KEY, result);
        c.flash(
            result.refused() == 0 ? Flash.Kind.OK : Flash.Kind.INFO,
            c.t().f("qsm.orders.upload.done", result.shipped(), result.refused()));
      }
    }
    return Router.back(c);
  }

  private UploadResult apply(Call c, String fileName, ShipmentFile.Read.Rows rows) {
    List<UploadRow> out = new ArrayList<>();
    int shipped = 0;
    for (ShipmentFile.Row r : rows.rows()) {
      String result;
      boolean ok = false;
      if (!r.valid()) {
        result = rowProblem(c.t(), r);
      } else {
        OrderOutcome o = market.orders().ship(c.login(), r.orderNo(), r.carrier(), r.trackingNo());
        ok = o.isSuccess();
        result =
            ok
                ? c.t().t("qsm.orders.upload.shipped")
                : OrderResults.shipRefused(c.t(), r.orderNo(), o);
      }
      shipped += ok ? 1 : 0;
      out.add(new UploadRow(r.number(), r.orderNoText(), r.carrier(), r.trackingNo(), ok, result));
    }
    return new UploadResult(fileName, out, shipped, rows.skipped());
  }

  private static String rowProblem(Msg t, ShipmentFile.Row r) {
    return switch (r.problem()) {
      case BAD_ORDER_NO -> t.f("qsm.orders.upload.badOrderNo", r.orderNoText());
      case NO_CARRIER -> t.t("qsm.orders.upload.noCarrier");
      case CARRIER_TOO_LONG -> t.t("qsm.orders.upload.carrierTooLong");
      case NO_TRACKING -> t.t("qsm.orders.upload.noTracking");
      case TRACKING_TOO_LONG -> t.t("qsm.orders.upload.trackingTooLong");
      case DUPLICATE -> t.f("qsm.orders.upload.duplicate", r.orderNoText());
    };
  }

  private static String refusal(Msg t, Call.Upload file, ShipmentFile.Read.Refused r) {
    String name = file.fileName().isEmpty() ? "CSV" : file.fileName();
    return switch (r.problem()) {
      case UNDECODABLE -> t.f("qsm.orders.upload.undecodable", name);
      case EMPTY -> t.f("qsm.orders.upload.empty", name);
      case BAD_HEADER ->
          t.f(
              "qsm.orders.upload.badHeader",
              name,
              r.found(),
              String.join(",", ShipmentFile.HEADER));
      case TOO_MANY_ROWS ->
          t.f("qsm.orders.upload.tooManyRows", name, r.found(), ShipmentFile.MAX_ROWS);
    };
  }
}
