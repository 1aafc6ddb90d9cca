package io.qconnect.app.console;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Login, logout, the language switch and the start page. */
public final class AuthRoutes {
  private final ConsoleAccounts accounts;
  private final LoginThrottle throttle;
  private final List<Role> roles;

  /**
   * @param roles the roles this process serves, for the hints on the login page
   */
  AuthRoutes(ConsoleAccounts accounts, LoginThrottle throttle, List<Role> roles) {
    this.accounts = accounts;
    this.throttle = throttle;
    this.roles = List.copyOf(roles);
  }

  /** The login page's model. */
  public record LoginPage(String next, List<Role> roles) {}

  void mount(Router r) {
    r.page("/", null, c -> c.seeOther(c.viewer() == null ? "/login" : c.viewer().role().home()));
    r.page("/login", null, this::loginPage);
    r.action("/login", null, this::login);
    r.action("/logout", null, this::logout);
    r.page("/lang", null, AuthRoutes::switchLanguage);
  }

  private void loginPage(Call c) {
    if (c.viewer() != null) {
      c.seeOther(c.viewer().role().home());
      return;
    }
    String next = LocalPaths.localPath(c.query("next"));
    c.render("login.jte", c.shell("login.title"), new LoginPage(next == null ? "" : next, roles));
  }

  private String login(Call c) {
    String login = c.form("login");
    String ip = c.ctx().ip();
    Optional<Duration> wait = throttle.attempt(login, ip);
    if (wait.isPresent()) {
      c.flash(Flash.Kind.ERROR, throttledText(c.t(), wait.get()));
      c.keepForm();
      return "/login" + nextQuery(c.form("next"));
    }
    Optional<Viewer> v = accounts.authenticate(login, c.ctx().formParam("password"));
    if (v.isEmpty()) {
      c.flash(Flash.Kind.ERROR, c.t().t("login.failed"));
      c.keepForm();
      return "/login" + nextQuery(c.form("next"));
    }
    throttle.succeeded(login, ip);
    return startSession(c, v.get());
  }

  /** A new session (new ID, new CSRF token) replaces the visitor's. */
  private static String startSession(Call c, Viewer v) {
    Context ctx = c.ctx();
    Sessions sessions = c.sessionsOf();
    sessions.remove(c.session().id());
    Session s = sessions.create(v);
    Router.setSessionCookie(ctx, s.id(), -1);
    String next = LocalPaths.localPath(c.form("next"));
    return next != null && next.startsWith(v.role().home()) ? next : v.role().home();
  }

  /** "Too many failed logins, try again in ..." with the wait rounded up. */
  static String throttledText(Msg t, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return seconds < 60
        ? t.f("login.throttledSeconds", seconds)
        : t.f("login.throttled", (seconds + 59) / 60);
  }

  private String logout(Call c) {
    c.sessionsOf().remove(c.session().id());
    Router.setSessionCookie(c.ctx(), "", 0);
    return "/login";
  }

  private static void switchLanguage(Call c) {
    String to = Messages.LANGS.contains(c.query("to")) ? c.query("to") : "ja";
    Router.setCookie(c.ctx(), Router.LANG_COOKIE, to, 365 * 24 * 3600);
    String back = LocalPaths.localPath(c.query("back"));
    c.seeOther(back == null ? "/" : back);
  }

  private static String nextQuery(String next) {
    String n = LocalPaths.localPath(next);
    return n == null
        ? ""
        : "?next=" + java.net.URLEncoder.encode(n, java.nio.charset.StandardCharsets.UTF_8);
  }
}
