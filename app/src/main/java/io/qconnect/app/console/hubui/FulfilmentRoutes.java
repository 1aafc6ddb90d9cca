package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.fulfilment.FulfilmentPatch;
import io.qconnect.hub.fulfilment.FulfilmentSettings;
import io.qconnect.hub.fulfilment.Instruction;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.sync.Backfill;
import io.qconnect.hub.sync.BackfillRangeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A shop's fulfilment page (storage status of new lines, automatic shipping instructions, the
 * warehouse webhook and CSV export, its instructions) with its backfills (start, follow, cancel);
 * and the order list's actions on ticked lines: instruct, release. Refusals are said in the
 * viewer's language.
 */
public final class FulfilmentRoutes {
  private final Hub hub;

  FulfilmentRoutes(Hub hub) {
    this.hub = hub;
  }

  /**
   * At most this many instructions and waiting lines are shown, newest first (the page says so).
   */
  static final int SHOWN = 50;

  /**
   * The page's model.
   *
   * @param shown at most how many instructions and waiting lines the page lists
   */
  public record FulfilmentPage(
      String shopId,
      FulfilmentSettings settings,
      List<HubStatus> storageStatuses,
      List<Instruction> instructions,
      List<OrderLine> waiting,
      int shown,
      List<Backfill> backfills,
      int maxDays) {}

  void mount(Router r) {
    r.page("/hub/shops/{id}/fulfilment", Role.OPERATOR, this::page);
    r.action("/hub/shops/{id}/fulfilment", Role.OPERATOR, this::save);
    r.action("/hub/shops/{id}/backfill", Role.OPERATOR, this::backfill);
    r.action("/hub/backfills/{id}/cancel", Role.OPERATOR, this::cancel);
    r.action("/hub/orders/instruct", Role.OPERATOR, c -> lines(c, true));
    r.action("/hub/orders/release", Role.OPERATOR, c -> lines(c, false));
  }

  private void page(Call c) {
    String id = c.pathParam("id");
    FulfilmentPage m =
        new FulfilmentPage(
            id,
            hub.shopFulfilment().get(id),
            FulfilmentSettings.STORAGE_STATUSES,
            hub.fulfilment().instructions(id, SHOWN),
            hub.fulfilment().waitingForSku(id, SHOWN),
            SHOWN,
            hub.backfills().list(id, 20),
            io.qconnect.hub.sync.BackfillRange.MAX_DAYS);
    c.render("hub/fulfilment.jte", c.shell("hub.fulfilment.title"), m);
  }

  private String save(Call c) {
    String id = c.pathParam("id");
    FulfilmentSettings now = hub.shopFulfilment().get(id);
    Fields f = c.fields();
    HubStatus storage = storage(c, f);
    String url = f.text("webhookUrl", "hub.fulfilment.webhookUrl", 500);
    String secret = c.raw("webhookSecret");
    if (!url.isEmpty() && !webUrl(url)) {
      f.reject("webhookUrl", c.t().t("hub.fulfilment.badUrl"));
    }
    if (!secret.isEmpty() && (secret.length() < 16 || secret.length() > 200)) {
      f.reject("webhookSecret", c.t().t("hub.fulfilment.shortSecret"));
    }
    if (!url.isEmpty() && secret.isEmpty() && !now.webhookSecretSet()) {
      f.reject("webhookSecret", c.t().t("hub.fulfilment.needSecret"));
    }
    f.check();
    hub.shopFulfilment()
        .update(
            id,
            new FulfilmentPatch(
                storage,
                c.checked("autoInstruct"),
                url,
                secret.isEmpty() ? null : secret,
                c.checked("csvExport")));
    c.flash(Flash.Kind.OK, c.t().f("hub.shop.saved", id));
    return "/hub/shops/" + id + "/fulfilment";
  }

  private static boolean webUrl(String text) {
    try {
      URI u = new URI(text);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && u.getHost() != null
          && u.getUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static HubStatus storage(Call c, Fields f) {
    String s = c.form("storageStatus");
    for (HubStatus h : FulfilmentSettings.STORAGE_STATUSES) {
      if (h.name().equals(s)) {
        return h;
      }
    }
    f.reject(
        "storageStatus",
        c.t()
            .f(
                "error.choice",
                c.t().t("hub.fulfilment.storageStatus"),
                s.length() > 40 ? s.substring(0, 40) + "…" : s,
                String.join(
                    ", ",
                    FulfilmentSettings.STORAGE_STATUSES.stream()
                        .map(h -> c.t().t("hubstatus." + h.name()))
                        .toList())));
    return null;
  }

  private String backfill(Call c) {
    String id = c.pathParam("id");
    Fields f = c.fields();
    LocalDate from = f.date("from", "hub.backfill.from", true);
    LocalDate to = f.date("to", "hub.backfill.to", true);
    f.check();
    Backfill b;
    try {
      b = hub.backfills().start(id, from, to);
    } catch (BackfillRangeException e) {
      throw new ConsoleInputException(
          c.t()
              .f(
                  "hub.backfill.refused." + e.reason().name(),
                  c.t().date(e.from()),
                  c.t().date(e.to()),
                  e.days(),
                  io.qconnect.hub.sync.BackfillRange.MAX_DAYS,
                  c.t().date(io.qconnect.hub.sync.BackfillRange.EARLIEST)));
    }
    c.flash(
        Flash.Kind.OK, c.t().f("hub.backfill.queued", c.t().date(b.from()), c.t().date(b.to())));
    return "/hub/shops/" + id + "/fulfilment#backfills";
  }

  private String cancel(Call c) {
    long id = c.longNumber(c.pathParam("id"), "ID");
    Backfill b = hub.backfills().cancel(id);
    c.flash(Flash.Kind.OK, c.t().t("hub.backfill.cancelling"));
    return "/hub/shops/" + b.shopId() + "/fulfilment#backfills";
  }

  /** Instructs or releases the ticked lines ({@code line=shop/orderNo}), shop by shop. */
  private String lines(Call c, boolean instruct) {
    Map<String, List<Long>> byShop = new LinkedHashMap<>();
    for (String v : c.forms("line")) {
      int slash = v.lastIndexOf('/');
      if (slash <= 0) {
        throw new ConsoleInputException(c.t().f("error.number", c.t().t("hub.orders.orderNo"), v));
      }
      long no = c.longNumber(v.substring(slash + 1), c.t().t("hub.orders.orderNo"));
      byShop.computeIfAbsent(v.substring(0, slash), k -> new ArrayList<>()).add(no);
    }
    if (byShop.isEmpty()) {
      throw new ConsoleInputException(c.t().t("hub.orders.noneTicked"));
    }
    byShop.forEach((shop, nos) -> check(c, shop, nos, instruct));
    int n = 0;
    for (Map.Entry<String, List<Long>> e : byShop.entrySet()) {
      n +=
          instruct
              ? hub.fulfilment().instruct(e.getKey(), e.getValue()).size()
              : hub.fulfilment().release(e.getKey(), e.getValue()).size();
    }
    c.flash(Flash.Kind.OK, c.t().f(instruct ? "hub.orders.instructed" : "hub.orders.released", n));
    return Router.back(c);
  }

  /** Every line first, so that a refusal (in the viewer's language) changes nothing. */
  private void check(Call c, String shop, List<Long> nos, boolean instruct) {
    for (long no : nos) {
      OrderLine l =
          hub.orders()
              .find(shop, no)
              .orElseThrow(
                  () ->
                      new ConsoleInputException(
                          c.t()
                              .f(
                                  "hub.grid.problem.NO_SUCH_ORDER",
                                  c.t().t("hub.grid.column.orderNo"),
                                  shop + "/" + no)));
      boolean ok =
          instruct
              ? l.hubStatus() == HubStatus.CONFIRMED || l.hubStatus() == HubStatus.INSTRUCTED
              : l.hubStatus() == HubStatus.ON_HOLD && l.claimStatus() == null;
      if (!ok) {
        throw new ConsoleInputException(
            c.t()
                .f(
                    instruct ? "hub.orders.notInstructable" : "hub.orders.notReleasable",
                    no,
                    c.t().t("hubstatus." + l.hubStatus().name())));
      }
    }
    if (instruct) {
      for (long no : hub.fulfilment().withoutSku(shop, nos)) {
        OrderLine l = hub.orders().find(shop, no).orElseThrow();
        String codes =
            String.join(
                " / ",
                java.util.stream.Stream.of(l.itemCode(), l.sellerItemCode(), l.optionCode())
                    .filter(x -> !x.isEmpty())
                    .toList());
        throw new ConsoleInputException(c.t().f("hub.orders.noSku", no, codes));
      }
    }
  }
}
