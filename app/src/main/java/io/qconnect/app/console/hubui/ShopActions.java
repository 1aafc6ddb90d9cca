package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Msg;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.shop.ConnectionReport;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopPatch;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.Backfill;
import io.qconnect.hub.sync.BackfillRange;
import io.qconnect.hub.sync.BackfillRangeException;
import io.qconnect.hub.sync.SyncRun;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A shop's buttons: save settings, Test Connection (its result stored on the shop), Renew Tokens
 * (for a Get Auth shop: the marketplace's window again), Sync now (started in the background; the
 * page follows the run), Get Auth, a backfill.
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
    r.action("/hub/shops/{id}/backfills", Role.OPERATOR, this::backfill);
  }

  /** [Get Auth] on a Get Auth shop's page: a new authorization window for its seller. */
  private String getAuth(Call c) {
    return hub.shops().authorizationUrl(c.pathParam("id")).toString();
  }

  /** Saves the settings; a refused form comes back as typed with the errors by field. */
  private String saveSettings(Call c) {
    Shop shop = hub.shops().get(c.pathParam("id"));
    String id = shop.shopId();
    ShopForm f = ShopForm.read(c, true);
    ShopSettings s = f.settings(c.t(), shop.settings());
    if (s == null) {
      c.flash(Flash.Kind.ERROR, c.t().t("hub.form.fix"));
      c.once("form:settings:" + id, f);
      return "/hub/shops/" + id + "#settings-form";
    }
    hub.shops().update(id, patch(s));
    c.flash(Flash.Kind.OK, c.t().f("hub.shop.saved", id));
    return "/hub/shops/" + id;
  }

  private static ShopPatch patch(ShopSettings s) {
    return new ShopPatch(
        null,
        null,
        null,
        s.statuses(),
        s.lookbackDays(),
        s.intervalMinutes(),
        s.autoImport(),
        s.autoConfirm(),
        s.confirmBusinessDays(),
        s.renewBeforeDays());
  }

  /** Test Connection: the report on the page, the result stored (the health badge follows it). */
  private String test(Call c) {
    String id = c.pathParam("id");
    ConnectionReport r = hub.shops().testConnection(id);
    c.once("report:" + id, r);
    if (r.ok()) {
      c.flash(Flash.Kind.OK, c.t().f("hub.test.ok", id));
    } else {
      c.flash(Flash.Kind.ERROR, c.t().f("hub.test.failed", id));
    }
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

  /**
   * Sync now: the run starts in the background and the page it came from shows it running (and its
   * result once it ends); a shop being synced says so.
   */
  private String sync(Call c) {
    String id = c.pathParam("id");
    Optional<SyncRun> started = hub.sync().startNow(id);
    if (started.isPresent()) {
      c.flash(Flash.Kind.OK, c.t().f("hub.sync.started", id));
    } else {
      c.flash(Flash.Kind.INFO, c.t().f("hub.sync.busy", id));
    }
    return Router.back(c);
  }

  /** A backfill from the shop's page: both dates, validated, errors next to their field. */
  private String backfill(Call c) {
    String id = hub.shops().get(c.pathParam("id")).shopId();
    Msg t = c.t();
    BackfillForm f = new BackfillForm(clip(c.form("from")), clip(c.form("to")), "", "");
    LocalDate from = date(f.from());
    LocalDate to = date(f.to());
    f = from == null ? f.withFromError(dateError(t, f.from(), "hub.backfill.from")) : f;
    f = to == null ? f.withToError(dateError(t, f.to(), "hub.backfill.to")) : f;
    if (f.ok()) {
      try {
        Backfill b = hub.backfills().start(id, from, to);
        c.flash(Flash.Kind.OK, t.f("hub.backfill.queued", t.date(b.from()), t.date(b.to())));
        return "/hub/shops/" + id + "#backfill";
      } catch (BackfillRangeException e) {
        String text =
            t.f(
                "hub.backfill.refused." + e.reason().name(),
                t.date(e.from()),
                t.date(e.to()),
                e.days(),
                BackfillRange.MAX_DAYS,
                t.date(BackfillRange.EARLIEST));
        f =
            e.reason() == BackfillRangeException.Reason.TOO_EARLY
                ? f.withFromError(text)
                : f.withToError(text);
      }
    }
    // the form is lower on the page: the message at the top says what is wrong too
    c.flash(
        Flash.Kind.ERROR,
        t.f("hub.backfill.fix", f.fromError().isEmpty() ? f.toError() : f.fromError()));
    c.once("form:backfill:" + id, f);
    return "/hub/shops/" + id + "#backfill";
  }

  private static String clip(String v) {
    return v.length() > 20 ? v.substring(0, 20) : v;
  }

  /** A date as {@code <input type="date">} sends it, or null. */
  private static LocalDate date(String v) {
    try {
      return v.isEmpty() ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String dateError(Msg t, String v, String labelKey) {
    return v.isEmpty()
        ? t.f("hub.backfill.required", t.t(labelKey))
        : t.f("hub.form.date", t.t(labelKey), v);
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
}
