package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Msg;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.mail.MailStats;
import io.qconnect.hub.shop.ConnectionReport;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopAuthException;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.shop.ShopUrlException;
import io.qconnect.hub.sync.Alert;
import io.qconnect.hub.sync.Alerts;
import io.qconnect.hub.sync.Backfill;
import io.qconnect.hub.sync.SyncRun;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The operator's shops: the list (health, last and next sync, key-expiry countdown, open alerts),
 * adding a shop (Get Auth, with the API-key prerequisites of R93; a refused form comes back with
 * what was typed, secrets excepted, and each error next to its field) and one shop's page
 * (credentials masked, Test Connection report, settings, backfill, runs, alerts).
 */
public final class ShopRoutes {
  private final Hub hub;
  private final Clock clock;

  ShopRoutes(Hub hub, Clock clock) {
    this.hub = hub;
    this.clock = clock;
  }

  /** A shop as the list shows it. */
  public record ShopRow(Shop shop, long daysLeft, Instant nextSync, SyncRun lastRun) {}

  /** The shop list, with the open alerts of every shop. */
  public record ShopsPage(List<ShopRow> shops, Alerts.Page alerts) {}

  /**
   * Adding a shop.
   *
   * @param form the form as typed, or the defaults
   * @param getAuth whether the [Get Auth] way (the marketplace's window, no password) is offered
   */
  public record NewShopPage(ShopForm form, URI defaultUrl, boolean getAuth) {}

  /**
   * One shop.
   *
   * @param report the Test Connection report just made, else null
   * @param warnings text keys of the settings' warnings
   * @param getAuthResult how the Get Auth window just ended ("ok", "denied"), else ""
   * @param settings the settings form (as typed when it came back refused)
   * @param backfill the backfill form (as typed when it came back refused)
   */
  public record ShopPage(
      ShopRow row,
      ConnectionReport report,
      List<String> warnings,
      List<SyncRun> runs,
      Alerts.Page alerts,
      String getAuthResult,
      MailStats mail,
      ShopForm settings,
      BackfillForm backfill,
      List<Backfill> backfills) {}

  void mount(Router r) {
    r.page("/hub", Role.OPERATOR, this::list);
    r.page("/hub/shops/new", Role.OPERATOR, this::newShop);
    r.action("/hub/shops", Role.OPERATOR, this::connect);
    r.page("/hub/shops/{id}", Role.OPERATOR, this::shop);
    new ShopActions(hub).mount(r);
    new ShopEditRoutes(hub, clock).mount(r);
    new AlertRoutes(hub).mount(r);
  }

  private void list(Call c) {
    List<ShopRow> rows =
        hub.shops().list().stream().map(s -> row(s, hub.sync().runs(s.shopId(), 1))).toList();
    c.render(
        "hub/shops.jte",
        c.shell("hub.shops.title"),
        new ShopsPage(rows, hub.alerts().page(null, true, 10, 0)));
  }

  /** The shop's row, with the newest of its {@code runs} (newest first) as the last one. */
  ShopRow row(Shop s, List<SyncRun> runs) {
    return new ShopRow(
        s,
        s.daysUntilExpiry(clock.instant()),
        hub.jobs().nextImport(s.shopId()).orElse(null),
        runs.isEmpty() ? null : runs.get(0));
  }

  private void newShop(Call c) {
    c.allowFormActionTo(origin(hub.config().defaultQapiUrl()));
    ShopForm form =
        c.takeOnce("form:new", ShopForm.class)
            .orElseGet(() -> ShopForm.of(ShopSettings.defaults()));
    c.render(
        "hub/newshop.jte",
        c.shell("hub.new.title"),
        new NewShopPage(form, hub.config().defaultQapiUrl(), hub.shops().getAuthEnabled()));
  }

  /**
   * With the password: Get Auth by CreateCertificationKey, then the shop's page. With [Get Auth]
   * (way=window): the shop is saved pending, without password, and the browser goes to the
   * marketplace's authorization window; it comes back to the hub's callback. Anything wrong sends
   * the form back with what was typed (not the API key or password) and the errors by field.
   */
  private String connect(Call c) {
    Msg t = c.t();
    boolean window = "window".equals(c.form("way"));
    ShopForm f = ShopForm.read(c, true, "shopId", "baseUrl");
    String shopId = f.required(t, "shopId", "hub.shop.id");
    if (!shopId.isEmpty() && !shopId.matches("\\p{Graph}{1,50}")) {
      f.error("shopId", t.t("hub.form.shopId"));
    }
    String apiKey = ShopForm.secret(c, f, "apiKey", true);
    if (apiKey.isEmpty()) {
      f.error("apiKey", t.f("hub.form.required", t.t("hub.new.apiKey")));
    }
    String password = window ? "" : ShopForm.secret(c, f, "password", false);
    if (!window && password.isEmpty()) {
      f.error("password", t.t("hub.new.passwordOrGetAuth"));
    }
    URI url = f.url(t);
    ShopSettings settings = f.settings(t, ShopSettings.defaults());
    if (f.ok() && hub.shops().find(shopId).isPresent()) {
      f.error("shopId", t.f("hub.form.shopTaken", shopId));
    }
    if (!f.ok()) {
      return again(c, f);
    }
    Shop s;
    try {
      NewShop n = new NewShop(shopId, apiKey, window ? null : password, url, settings);
      if (window) {
        return hub.shops().connectWithGetAuth(n).authorizationUrl().toString();
      }
      s = hub.shops().connect(n);
    } catch (ShopUrlException e) {
      URI tried = url == null ? hub.config().defaultQapiUrl() : url;
      f.error(
          "baseUrl",
          t.f("hub.url." + e.reason().name(), tried.getHost() == null ? "" : tried.getHost()));
      return again(c, f);
    } catch (ShopAuthException e) {
      f.authRefused(t, e);
      return again(c, f);
    } catch (HubException e) {
      f.error("form", t.f("hub.form.authFailed", e.getMessage()));
      return again(c, f);
    }
    c.flash(Flash.Kind.OK, t.f("hub.new.connected", s.shopId(), t.at(s.keyExpiresAt())));
    return "/hub/shops/" + s.shopId();
  }

  /** The add-shop form again, as typed, with its errors. */
  private static String again(Call c, ShopForm f) {
    c.flash(Flash.Kind.ERROR, c.t().t("hub.form.fix") + " " + c.t().t("hub.form.secretsAgain"));
    c.once("form:new", f);
    return "/hub/shops/new";
  }

  /**
   * scheme://host[:port] of a QAPI URL: the marketplace whose Get Auth window a form may redirect
   * to (browsers apply the page's form-action to the redirect too).
   */
  static String origin(URI url) {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  private void shop(Call c) {
    Shop s = hub.shops().get(c.pathParam("id"));
    List<SyncRun> runs = hub.sync().runs(s.shopId(), 10);
    ShopPage m =
        new ShopPage(
            row(s, runs),
            c.takeOnce("report:" + s.shopId(), ConnectionReport.class).orElse(null),
            ShopActions.warnings(s.settings()),
            runs,
            hub.alerts().page(s.shopId(), false, 10, 0),
            switch (c.query("getauth")) {
              case "ok" -> "ok";
              case "denied" -> "denied";
              default -> "";
            },
            hub.mail().stats(s.shopId()),
            c.takeOnce("form:settings:" + s.shopId(), ShopForm.class)
                .orElseGet(() -> ShopForm.of(s.settings())),
            c.takeOnce("form:backfill:" + s.shopId(), BackfillForm.class)
                .orElseGet(BackfillForm::blank),
            hub.backfills().list(s.shopId(), 5));
    if (s.getAuth()) {
      c.allowFormActionTo(origin(s.baseUrl()));
    }
    c.render("hub/shop.jte", c.shell("hub.shop.title"), m);
  }

  /** Whether an alert offers the Get Auth link (the seller must authorize the hub again). */
  public static boolean getAuthLink(Alert a) {
    return a.kind() == Alert.Kind.AUTH_NEEDED || a.message().contains("Get Auth");
  }
}
