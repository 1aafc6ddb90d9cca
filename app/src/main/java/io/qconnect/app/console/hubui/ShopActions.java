package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import io.qconnect.app.console.Fields;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.shop.ShopPatch;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncRun;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop's buttons: save settings, Test Connection, Renew Tokens (for a Get Auth shop: the
 * marketplace's window again), Sync now, Get Auth.
 */
final class ShopActions {
  private final Hub hub;

  ShopActions(Hub hub) {
    this.hub = hub;
  }

  void mount(Router r) {
    r.action("/hub/shops/{id}/settings", Role.OPERATOR, this::saveSettings);
    r.action("/hub/shops/{id}/test", Role.OPERATOR, this::test);
    r.action("/hub/shops/{id}/renew", Role.OPERATOR, this::renew);
    r.action("/hub/shops/{id}/sync", Role.OPERATOR, this::sync);
    r.action("/hub/shops/{id}/getauth", Role.OPERATOR, this::getAuth);
  }

  /** [Get Auth] on a Get Auth shop's page: a new authorization window for its seller. */
  private String getAuth(Call c) {
    return hub.shops().authorizationUrl(c.pathParam("id")).toString();
  }

  private String saveSettings(Call c) {
    String id = c.pathParam("id");
    hub.shops().update(id, settings(c));
    c.flash(Flash.Kind.OK, c.t().f("hub.shop.saved", id));
    return "/hub/shops/" + id;
  }

  private String test(Call c) {
    String id = c.pathParam("id");
    c.once("report:" + id, hub.shops().testConnection(id));
    return "/hub/shops/" + id + "#report";
  }

  private String renew(Call c) {
    String id = c.pathParam("id");
    if (hub.shops().get(id).getAuth()) {
      return getAuth(c); // only the seller can issue its key: the window again
    }
    var s = hub.shops().renew(id, "Renew Tokens");
    c.flash(Flash.Kind.OK, c.t().f("hub.shop.renewed", id, c.t().at(s.keyExpiresAt())));
    return "/hub/shops/" + id;
  }

  private String sync(Call c) {
    String id = c.pathParam("id");
    switch (hub.syncNow(id)) {
      case SyncOutcome.Ran ran -> flashRun(c, ran.run());
      case SyncOutcome.Busy busy -> c.flash(Flash.Kind.INFO, c.t().f("hub.sync.busy", id));
    }
    return Router.back(c);
  }

  private static void flashRun(Call c, SyncRun r) {
    if (r.outcome() == SyncRun.Outcome.FAILED) {
      c.flash(Flash.Kind.ERROR, c.t().f("hub.sync.failed", r.shopId(), r.error()));
    } else {
      c.flash(
          Flash.Kind.OK,
          c.t()
              .f(
                  "hub.sync.done",
                  r.shopId(),
                  r.fetched(),
                  r.created(),
                  r.updated(),
                  r.confirmed()));
    }
  }

  /**
   * The settings fields of a form, as a change (blank numbers stay as they are), each checked
   * against the range {@code ShopSettings} allows before anything is saved.
   */
  static ShopPatch settings(Call c) {
    Fields f = c.fields();
    List<Integer> statuses = new ArrayList<>();
    for (String s : c.forms("statuses")) {
      if (s.equals("2") || s.equals("3")) {
        statuses.add(Integer.valueOf(s));
      } else {
        f.reject(
            "statuses",
            c.t().f("error.choice", c.t().t("hub.settings.statuses"), s.strip(), "2, 3"));
      }
    }
    ShopPatch patch =
        new ShopPatch(
            null,
            null,
            null,
            statuses,
            optional(f, "lookbackDays", 90),
            optional(f, "intervalMinutes", 60),
            c.checked("autoImport"),
            c.checked("autoConfirm"),
            optional(f, "confirmBusinessDays", 14),
            optional(f, "renewBeforeDays", 90));
    f.check();
    return patch;
  }

  private static Integer optional(Fields f, String field, int max) {
    long v = f.whole(field, "hub.settings." + field, 1, max, -1L);
    return v < 0 ? null : (int) v;
  }

  /** The text keys of the warnings these settings deserve (R70). */
  static List<String> warnings(ShopSettings s) {
    List<String> w = new ArrayList<>();
    if (s.statuses().equals(List.of(2))) {
      w.add("hub.warn.only2");
    }
    if (s.statuses().equals(List.of(3))) {
      w.add("hub.warn.only3");
    }
    if (!s.autoImport()) {
      w.add("hub.warn.noAutoImport");
    }
    return w;
  }

  static URI uri(String text) {
    try {
      return URI.create(text.strip());
    } catch (IllegalArgumentException e) {
      throw new ConsoleInputException(
          "not a URL: " + io.qconnect.protocol.secret.Secrets.redact(text));
    }
  }
}
