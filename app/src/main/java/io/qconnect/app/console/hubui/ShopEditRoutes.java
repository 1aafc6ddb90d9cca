package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Msg;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.hub.Hub;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopAuthException;
import io.qconnect.hub.shop.ShopPatch;
import io.qconnect.hub.shop.ShopUrlException;
import java.net.URI;
import java.time.Clock;

/**
 * Changing a shop's credentials (API key, password, QAPI URL: blank keeps the stored one; a change
 * passes Get Auth before it is saved) and removing the shop (confirmed by typing its ID; its
 * orders, their history and its runs stay, its secrets are erased, its imports stop).
 */
public final class ShopEditRoutes {
  private final Hub hub;
  private final Clock clock;

  ShopEditRoutes(Hub hub, Clock clock) {
    this.hub = hub;
    this.clock = clock;
  }

  /**
   * The edit page.
   *
   * @param form the credentials form (as typed when it came back refused)
   * @param removeError why the removal was refused ("" when it was not)
   */
  public record EditPage(Shop shop, long daysLeft, ShopForm form, String removeError) {}

  void mount(Router r) {
    r.page("/hub/shops/{id}/edit", Role.OPERATOR, this::edit);
    r.action("/hub/shops/{id}/credentials", Role.OPERATOR, this::credentials);
    r.action("/hub/shops/{id}/remove", Role.OPERATOR, this::remove);
  }

  private void edit(Call c) {
    Shop s = hub.shops().get(c.pathParam("id"));
    ShopForm form =
        c.takeOnce("form:edit:" + s.shopId(), ShopForm.class)
            .orElseGet(
                () -> {
                  ShopForm f = ShopForm.of(s.settings());
                  return f.with("baseUrl", s.baseUrl().toString());
                });
    c.render(
        "hub/editshop.jte",
        c.shell("hub.edit.title"),
        new EditPage(
            s,
            s.daysUntilExpiry(clock.instant()),
            form,
            c.takeOnce("form:remove:" + s.shopId(), String.class).orElse("")));
  }

  /**
   * New credentials: blank fields keep the stored ones; any change passes Get Auth first, and
   * nothing is saved unless it works.
   */
  private String credentials(Call c) {
    Shop s = hub.shops().get(c.pathParam("id"));
    Msg t = c.t();
    ShopForm f = ShopForm.read(c, false, "baseUrl");
    String apiKey = ShopForm.secret(c, f, "apiKey", true);
    String password = ShopForm.secret(c, f, "password", false);
    URI url = f.url(t);
    if (url != null && url.equals(s.baseUrl())) {
      url = null; // unchanged
    }
    if (f.ok() && apiKey.isEmpty() && password.isEmpty() && url == null) {
      f.error("form", t.t("hub.edit.nothing"));
    }
    if (f.ok() && s.getAuth()) {
      f.error("form", t.t("hub.edit.getAuthShop"));
    }
    if (f.ok()) {
      try {
        hub.shops()
            .update(
                s.shopId(),
                new ShopPatch(
                    apiKey.isEmpty() ? null : apiKey,
                    password.isEmpty() ? null : password,
                    url,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        c.flash(Flash.Kind.OK, t.f("hub.edit.saved", s.shopId()));
        return "/hub/shops/" + s.shopId();
      } catch (ShopUrlException e) {
        URI tried = url == null ? s.baseUrl() : url;
        f.error(
            "baseUrl",
            t.f("hub.url." + e.reason().name(), tried.getHost() == null ? "" : tried.getHost()));
      } catch (ShopAuthException e) {
        f.authRefused(t, e);
      } catch (HubException e) {
        f.error("form", t.f("hub.form.authFailed", e.getMessage()));
      }
    }
    c.flash(Flash.Kind.ERROR, t.t("hub.form.fix") + " " + t.t("hub.form.secretsAgain"));
    c.once("form:edit:" + s.shopId(), f);
    return "/hub/shops/" + s.shopId() + "/edit";
  }

  /** Removes the shop once its ID is typed again; its orders and history stay. */
  private String remove(Call c) {
    Shop s = hub.shops().get(c.pathParam("id"));
    if (!c.form("confirm").equals(s.shopId())) {
      c.flash(Flash.Kind.ERROR, c.t().t("hub.form.fix"));
      c.once("form:remove:" + s.shopId(), c.t().f("hub.remove.confirmMismatch", s.shopId()));
      return "/hub/shops/" + s.shopId() + "/edit#remove";
    }
    hub.shops().remove(s.shopId(), c.login());
    c.flash(Flash.Kind.OK, c.t().f("hub.remove.done", s.shopId()));
    return "/hub";
  }
}
