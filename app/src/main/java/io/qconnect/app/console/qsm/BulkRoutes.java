package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.FtpAccount;
import io.qconnect.marketplace.access.FtpEndpoint;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.PermissionRequest;
import io.qconnect.marketplace.bulk.BulkFormat;
import io.qconnect.marketplace.bulk.BulkRequest;
import io.qconnect.marketplace.bulk.BulkSource;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.bulk.ResultCsv;
import io.qconnect.marketplace.bulk.RowResult;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.protocol.secret.Secrets;
import java.util.List;

/**
 * 商品の一括登録/修正: 大量アップロード要請 (a file uploaded here becomes a bulk request, processed in the
 * background), 大量アップロード要請目録 (the requests with status, counts and progress; each request's per-row
 * results, also as CSV) and 【FTP接続でアップロード】 (the FTP details only once the FTP permission is
 * approved and its details are visible, and not while FTP use is suspended; R21–R23, R45–R46).
 */
public final class BulkRoutes {
  /** Row results shown per page of a request. */
  static final int ROWS_PER_PAGE = 100;

  private final Marketplace market;

  BulkRoutes(Marketplace market) {
    this.market = market;
  }

  /**
   * 商品の一括登録/修正.
   *
   * @param ftp the FTP account once its details may be shown (and FTP use is not suspended), else
   *     null
   * @param endpoint where the FTP server is reached; null when it does not run
   * @param ftpPassword the password (masked unless the seller asked to see it)
   * @param ftpApproved the FTP permission was approved (its details may still be on their way)
   * @param ftpSuspended staff suspended the seller's FTP use: no details are shown
   * @param recent the latest requests
   */
  public record BulkPage(
      Seller seller,
      FtpAccount ftp,
      FtpEndpoint endpoint,
      String ftpPassword,
      boolean ftpApproved,
      boolean ftpSuspended,
      List<BulkFormat> formats,
      List<BulkRequest> recent) {}

  /** 大量アップロード要請目録: one page of requests. */
  public record RequestsPage(List<BulkRequest> requests, int total, int page, int pages) {}

  /** One request with a page of its row results. */
  public record RequestPage(BulkRequest request, List<RowResult> rows, int page, int pages) {}

  void mount(Router r) {
    r.page("/qsm/bulk", Role.SELLER, this::bulk);
    r.action(
        "/qsm/bulk/reveal", Role.SELLER, c -> KeyRoutes.reveal(c, "reveal-ftp", "/qsm/bulk#ftp"));
    r.action("/qsm/bulk/upload", Role.SELLER, this::upload);
    r.page("/qsm/bulk/requests", Role.SELLER, this::requests);
    r.page("/qsm/bulk/requests/{id}", Role.SELLER, this::request);
    r.page("/qsm/bulk/requests/{id}/result.csv", Role.SELLER, this::resultCsv);
  }

  private void bulk(Call c) {
    String id = c.login();
    Seller seller = market.sellers().get(id);
    FtpAccount ftp =
        seller.ftpSuspended() ? null : market.keys().visibleFtpAccount(id).orElse(null);
    boolean approved =
        PermissionRequest.anyApproved(market.access().requestsOf(id), PermissionKind.FTP);
    String password = null;
    if (ftp != null) {
      String plain = market.keys().ftpPassword(ftp);
      password = c.takeOnce("reveal-ftp", Boolean.class).isPresent() ? plain : Secrets.mask(plain);
    }
    BulkPage m =
        new BulkPage(
            seller,
            ftp,
            market.ftpEndpoint().orElse(null),
            password,
            approved,
            seller.ftpSuspended(),
            List.of(BulkFormat.values()),
            market.bulk().page(id, 1).stream().limit(5).toList());
    c.render("qsm/bulk.jte", c.shell("qsm.bulk.title"), m);
  }

  private String upload(Call c) {
    var file =
        c.upload(
            "file", BulkUploads.MAX_BYTES, c.t().f("qsm.bulk.tooLarge", BulkUploads.MAX_BYTES));
    if (file.isEmpty()) {
      c.flash(Flash.Kind.ERROR, c.t().t("qsm.bulk.noFile"));
      return "/qsm/bulk#upload";
    }
    BulkRequest r =
        market
            .bulk()
            .submit(c.login(), BulkSource.WEB, "", file.get().fileName(), file.get().content());
    c.flash(Flash.Kind.OK, c.t().f("qsm.bulk.received", r.id()));
    return "/qsm/bulk/requests/" + r.id();
  }

  private void requests(Call c) {
    int total = market.bulk().count(c.login());
    int pages = Math.max(1, (total + BulkUploads.PAGE_SIZE - 1) / BulkUploads.PAGE_SIZE);
    int page = page(c, pages);
    c.render(
        "qsm/bulkrequests.jte",
        c.shell("qsm.bulk.requests"),
        new RequestsPage(market.bulk().page(c.login(), page), total, page, pages));
  }

  private void request(Call c) {
    BulkRequest r = market.bulk().get(c.login(), c.longNumber(c.pathParam("id"), "id"));
    int done = r.counts().processed();
    int pages = Math.max(1, (done + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
    int page = page(c, pages);
    List<RowResult> rows = market.bulk().rowsAt(r.id(), (page - 1) * ROWS_PER_PAGE, ROWS_PER_PAGE);
    c.render(
        "qsm/bulkrequest.jte", c.shell("qsm.bulk.request"), new RequestPage(r, rows, page, pages));
  }

  private void resultCsv(Call c) {
    BulkRequest r = market.bulk().get(c.login(), c.longNumber(c.pathParam("id"), "id"));
    c.csv("bulk-" + r.id() + "-result.csv", w -> ResultCsv.write(market.bulk(), r, w));
  }

  private static int page(Call c, int pages) {
    if (c.query("page").isEmpty()) {
      return 1;
    }
    return Math.min(pages, Math.max(1, c.number(c.query("page"), "page")));
  }
}
