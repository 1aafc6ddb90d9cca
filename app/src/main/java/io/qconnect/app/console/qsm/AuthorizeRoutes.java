package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.Grant;
import io.qconnect.marketplace.access.Integrator;
import io.qconnect.marketplace.seller.Seller;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Get Auth window ({@code /qsm/authorize}): an integrator opens it for a seller, who logs in
 * with the QSM ID and password (the console's CSRF token and login throttle, no console session
 * needed) and presses [Issue SCK] or [Cancel]. The answer goes back to the integrator's registered
 * address only, with a one-time code (never the key) or {@code error=access_denied}; a window for
 * an unknown integrator or another address is a 400 page, never a redirect.
 */
public final class AuthorizeRoutes {
  /** The longest {@code state} an integrator may pass through the window. */
  static final int MAX_STATE = 200;

  private final Marketplace market;

  AuthorizeRoutes(Marketplace market) {
    this.market = market;
  }

  /**
   * The window's model.
   *
   * @param error a refusal to show above the form, else null
   */
  public record AuthorizePage(
      Integrator integrator, String redirectUri, String state, String loginId, String error) {}

  void mount(Router r) {
    r.page("/qsm/authorize", null, this::window);
    r.action("/qsm/authorize", null, this::decide);
  }

  /** The integrator named by the request, when its address and state are acceptable. */
  private Optional<Integrator> integrator(String id, String redirectUri, String state) {
    if (state.length() > MAX_STATE) {
      return Optional.empty();
    }
    return market.authorizations().window(id, redirectUri);
  }

  private void window(Call c) {
    String uri = c.query("redirect_uri");
    String state = c.query("state");
    Optional<Integrator> i = integrator(c.query("integrator"), uri, state);
    if (i.isEmpty()) {
      c.errorPage(400, c.t().t("qsm.authorize.badRequest"));
      return;
    }
    // only a seller's own session suggests the QSM ID; staff or an operator in the same browser do
    // not
    String login = c.viewer() != null && c.viewer().role() == Role.SELLER ? c.viewer().login() : "";
    show(c, new AuthorizePage(i.get(), uri, state, login, null));
  }

  private void show(Call c, AuthorizePage m) {
    c.allowFormActionTo(origin(m.redirectUri()));
    c.render("qsm/authorize.jte", c.shell("qsm.authorize.title"), m);
  }

  private String decide(Call c) {
    String uri = c.form("redirect_uri");
    String state = c.form("state");
    Optional<Integrator> i = integrator(c.form("integrator"), uri, state);
    if (i.isEmpty()) {
      c.errorPage(400, c.t().t("qsm.authorize.badRequest"));
      return null;
    }
    if (!"issue".equals(c.form("action"))) {
      return back(uri, "error=access_denied", state);
    }
    String login = c.form("loginId");
    Optional<String> throttled = c.loginThrottled(login);
    if (throttled.isPresent()) {
      return again(c, i.get(), uri, state, login, throttled.get());
    }
    Optional<Seller> seller = market.sellers().find(login);
    if (seller.isEmpty()
        || !market.sellers().authenticate(seller.get().sellerId(), c.raw("password"))) {
      return again(c, i.get(), uri, state, login, c.t().t("login.failed"));
    }
    c.loginSucceeded(login);
    Grant g = market.authorizations().grant(seller.get().sellerId(), i.get().integratorId(), uri);
    return switch (g) {
      case Grant.Granted granted -> back(uri, "code=" + enc(granted.code()), state);
      case Grant.NoApiKey n -> again(c, i.get(), uri, state, login, c.t().t("qsm.api.noApiKey"));
      case Grant.Suspended s -> again(c, i.get(), uri, state, login, c.t().t("qsm.api.suspended"));
      case Grant.UnknownIntegrator u -> {
        c.errorPage(400, c.t().t("qsm.authorize.badRequest"));
        yield null;
      }
    };
  }

  /** The window again, with why nothing was issued; nothing redirects. */
  private String again(Call c, Integrator i, String uri, String state, String login, String error) {
    show(c, new AuthorizePage(i, uri, state, login, error));
    return null;
  }

  /** The integrator's registered address with the answer and the state it sent. */
  static String back(String redirectUri, String answer, String state) {
    return redirectUri + (redirectUri.contains("?") ? "&" : "?") + answer + "&state=" + enc(state);
  }

  /** scheme://host[:port] of the integrator's address, for the page's form-action. */
  static String origin(String redirectUri) {
    URI u = URI.create(redirectUri);
    return u.getScheme() + "://" + u.getRawAuthority().replaceFirst("^.*@", "");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
