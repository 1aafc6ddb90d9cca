package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.mail.MailStats;
import io.qconnect.hub.shop.ConnectionReport;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.shop.ShopUrlException;
import io.qconnect.hub.sync.Alert;
import io.qconnect.hub.sync.SyncRun;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The operator's shops: the list (health, last and next sync, key-expiry countdown), adding a shop
 * (Get Auth, with the API-key prerequisites of R93) and one shop's page (credentials masked, Test
 * Connection report, settings, runs, alerts).
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

  /** The shop list. */
  public record ShopsPage(List<ShopRow> shops, List<Alert> alerts) {}

  /**
   * Adding a shop.
   *
   * @param getAuth whether the [Get Auth] way (the marketplace's window, no password) is offered
   */
  public record NewShopPage(ShopSettings defaults, URI defaultUrl, boolean getAuth) {}

  /**
   * One shop.
   *
   * @param report the Test Connection report just made, else null
   * @param warnings text keys of the settings' warnings
   * @param getAuthResult how the Get Auth window just ended ("ok", "denied"), else ""
   */
  public record ShopPage(
      ShopRow row,
      ConnectionReport report,
      List<String> warnings,
      List<SyncRun> runs,
      List<Alert> alerts,
      String getAuthResult,
      MailStats mail) {}

  void mount(Router r) {
    r.page("/hub", Role.OPERATOR, this::list);
    r.page("/hub/shops/new", Role.OPERATOR, this::newShop);
    r.action("/hub/shops", Role.OPERATOR, this::connect);
    r.page("/hub/shops/{id}", Role.OPERATOR, this::shop);
    new ShopActions(hub).mount(r);
  }

  private void list(Call c) {
    List<ShopRow> rows =
        hub.shops().list().stream().map(s -> row(s, hub.sync().runs(s.shopId(), 1))).toList();
    List<Alert> alerts = hub.alerts().list(null).stream().limit(10).toList();
    c.render("hub/shops.jte", c.shell("hub.shops.title"), new ShopsPage(rows, alerts));
  }

  /** The shop's row, with the newest of its {@code runs} (newest first) as the last one. */
  private ShopRow row(Shop s, List<SyncRun> runs) {
    return new ShopRow(
        s,
        s.daysUntilExpiry(clock.instant()),
        hub.jobs().nextImport(s.shopId()).orElse(null),
        runs.isEmpty() ? null : runs.get(0));
  }

  private void newShop(Call c) {
    c.allowFormActionTo(origin(hub.config().defaultQapiUrl()));
    c.render(
        "hub/newshop.jte",
        c.shell("hub.new.title"),
        new NewShopPage(
            ShopSettings.defaults(), hub.config().defaultQapiUrl(), hub.shops().getAuthEnabled()));
  }

  /**
   * With the password: Get Auth by CreateCertificationKey, then the shop's page. With [Get Auth]
   * (way=window): the shop is saved pending, without password, and the browser goes to the
   * marketplace's authorization window; it comes back to the hub's callback.
   */
  private String connect(Call c) {
    String url = c.form("baseUrl");
    boolean window = "window".equals(c.form("way"));
    URI tried = url.isEmpty() ? hub.config().defaultQapiUrl() : ShopActions.uri(url);
    Shop s;
    try {
      NewShop n =
          new NewShop(
              c.form("shopId"),
              c.form("apiKey"),
              window ? null : c.raw("password"),
              url.isEmpty() ? null : tried,
              ShopActions.settings(c).apply(ShopSettings.defaults()));
      if (window) {
        return hub.shops().connectWithGetAuth(n).authorizationUrl().toString();
      }
      if (!n.withPassword()) {
        throw new ConsoleInputException(c.t().t("hub.new.passwordOrGetAuth"));
      }
      s = hub.shops().connect(n);
    } catch (ShopUrlException e) {
      throw new ConsoleInputException(
          c.t().f("hub.url." + e.reason().name(), tried.getHost() == null ? "" : tried.getHost()));
    }
    c.flash(Flash.Kind.OK, c.t().f("hub.new.connected", s.shopId(), c.t().at(s.keyExpiresAt())));
    return "/hub/shops/" + s.shopId();
  }

  /**
   * scheme://host[:port] of a QAPI URL: the marketplace whose Get Auth window a form may redirect
   * to (browsers apply the page's form-action to the redirect too).
   */
  private static String origin(URI url) {
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
            hub.alerts().list(s.shopId()).stream().limit(10).toList(),
            switch (c.query("getauth")) {
              case "ok" -> "ok";
              case "denied" -> "denied";
              default -> "";
            },
            hub.mail().stats(s.shopId()));
    if (s.getAuth()) {
      c.allowFormActionTo(origin(s.baseUrl()));
    }
    c.render("hub/shop.jte", c.shell("hub.shop.title"), m);
  }
}
