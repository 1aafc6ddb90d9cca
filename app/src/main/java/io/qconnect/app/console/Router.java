package io.qconnect.app.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.qconnect.hub.core.HubException;
import io.qconnect.marketplace.core.MarketplaceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Registers console pages (GET) and actions (POST, answered with a redirect) and runs each behind
 * the same checks: the session cookie, the CSRF token of every POST (403 without a valid one), the
 * role, the language. It is also the one place where failures become HTTP answers: a refused action
 * comes back as a message on the page it was sent from, a missing record is a 404 page, a wrong
 * role or token a 403 page, anything unexpected a 500 page (and a log entry).
 */
public final class Router {
  static final String SESSION_COOKIE = "qc_session";
  static final String LANG_COOKIE = "qc_lang";
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";

  /** Set on a request the console answered with its own page. */
  private static final String CONSOLE_PAGE = "qc.consolePage";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Router.class);

  /** A page: renders (or redirects). */
  @FunctionalInterface
  public interface Page {
    void handle(Call c) throws Exception;
  }

  /** An action: does something and answers where the browser goes next. */
  @FunctionalInterface
  public interface Action {
    String handle(Call c) throws Exception;
  }

  private record NavDef(String href, String key) {}

  private final RoutesConfig routes;
  private final Sessions sessions;
  private final Messages messages;
  private final Templates templates;
  private final LoginThrottle throttle;
  private final Map<Role, List<NavDef>> nav = new EnumMap<>(Role.class);

  Router(
      RoutesConfig routes,
      Sessions sessions,
      Messages messages,
      Templates templates,
      LoginThrottle throttle) {
    this.routes = routes;
    this.sessions = sessions;
    this.messages = messages;
    this.templates = templates;
    this.throttle = throttle;
  }

  /** The one login throttle of the console (its login and every other password form). */
  LoginThrottle throttle() {
    return throttle;
  }

  /** A page only {@code role} may open (null: anyone). */
  public void page(String path, Role role, Page p) {
    routes.get(
        path,
        ctx ->
            run(
                ctx,
                role,
                false,
                c -> {
                  p.handle(c);
                  return null;
                }));
  }

  /** A form target only {@code role} may post to (null: anyone with a session). */
  public void action(String path, Role role, Action a) {
    routes.post(path, ctx -> run(ctx, role, true, a));
  }

  /** Adds a menu entry for a role; entries appear in the order added. */
  public void nav(Role role, String href, String textKey) {
    nav.computeIfAbsent(role, r -> new ArrayList<>()).add(new NavDef(href, textKey));
  }

  List<Shell.NavItem> nav(Viewer viewer, String path, Msg t) {
    if (viewer == null) {
      return List.of();
    }
    List<NavDef> defs = nav.getOrDefault(viewer.role(), List.of());
    String current = "";
    for (NavDef d : defs) {
      if ((path.equals(d.href()) || path.startsWith(d.href() + "/"))
          && d.href().length() > current.length()) {
        current = d.href();
      }
    }
    List<Shell.NavItem> out = new ArrayList<>();
    for (NavDef d : defs) {
      out.add(new Shell.NavItem(d.href(), t.t(d.key()), d.href().equals(current)));
    }
    return out;
  }

  Templates templates() {
    return templates;
  }

  /**
   * A browser asking for an address no page answers gets the console's 404 page in its language
   * instead of the server's plain-text one; API clients (not asking for HTML) and pages that
   * answered 404 themselves keep their answer.
   */
  void mountNotFoundPage() {
    routes.error(
        404,
        "html",
        ctx -> {
          String type = ctx.res().getContentType();
          if (ctx.attribute(CONSOLE_PAGE) != null || (type != null && type.contains("json"))) {
            return;
          }
          securityHeaders(ctx);
          Msg t = messages.choose(ctx.cookie(LANG_COOKIE), ctx.header("Accept-Language"));
          Session s = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
          errorPage(ctx, s, t, HttpStatus.NOT_FOUND, t.t("error.notFound"));
        });
  }

  private void run(Context ctx, Role role, boolean post, Action a) {
    securityHeaders(ctx);
    Msg t = messages.choose(ctx.cookie(LANG_COOKIE), ctx.header("Accept-Language"));
    Session s = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
    try {
      if (post) {
        checkCsrf(ctx, s, t);
      }
      if (role != null && (s == null || s.viewer() == null)) {
        toLogin(ctx, post, t);
        return;
      }
      if (role != null && s.viewer().role() != role) {
        throw new Denied(t.t("error.role"));
      }
      if (s == null) {
        s = sessions.create(null);
        setSessionCookie(ctx, s.id(), -1);
      }
      dispatch(new Call(ctx, s, t, this), post, a);
    } catch (Denied e) {
      errorPage(ctx, s, t, HttpStatus.FORBIDDEN, e.getMessage());
    }
  }

  private void dispatch(Call c, boolean post, Action a) {
    try {
      String target = a.handle(c);
      if (target != null) {
        c.seeOther(target);
      }
    } catch (io.qconnect.marketplace.core.NotFoundException
        | io.qconnect.hub.core.NotFoundException e) {
      failed(c, post, HttpStatus.NOT_FOUND, c.t().err(e.getMessage()));
    } catch (FormException e) {
      keep(c, e.errors());
      failed(c, post, HttpStatus.BAD_REQUEST, e.getMessage());
    } catch (MarketplaceException
        | HubException
        | ConsoleInputException
        | IllegalArgumentException e) {
      failed(c, post, HttpStatus.BAD_REQUEST, c.t().err(e.getMessage()));
    } catch (Denied e) {
      errorPage(c.ctx(), c.session(), c.t(), HttpStatus.FORBIDDEN, e.getMessage());
    } catch (Exception e) {
      LOG.error("console {} {} failed", c.ctx().method(), c.ctx().path(), e);
      errorPage(
          c.ctx(), c.session(), c.t(), HttpStatus.INTERNAL_SERVER_ERROR, c.t().t("error.internal"));
    }
  }

  /** A refused action comes back to the form's page with the reason; a page shows an error page. */
  private void failed(Call c, boolean post, HttpStatus status, String message) {
    if (post) {
      keep(c, Map.of());
      c.flash(Flash.Kind.ERROR, c.t().f("error.refused", message));
      c.seeOther(back(c));
    } else {
      errorPage(c.ctx(), c.session(), c.t(), status, message);
    }
  }

  /**
   * Keeps what a refused form held for the page it goes back to (once): every field as typed but
   * passwords and secrets, each capped, and the errors of its fields. The first call of a request
   * wins, so that field errors are not replaced by none.
   */
  static void keep(Call c, Map<String, String> errors) {
    if (c.kept()) {
      return;
    }
    Map<String, List<String>> values = new java.util.LinkedHashMap<>();
    try {
      c.ctx()
          .formParamMap()
          .forEach(
              (name, v) -> {
                if (values.size() < MAX_KEPT_FIELDS && keepable(name)) {
                  values.put(name, v.stream().limit(100).map(Router::capped).toList());
                }
              });
    } catch (RuntimeException e) {
      LOG.debug("console {}: form values not kept", c.ctx().path(), e);
    }
    c.once(Kept.class.getName(), new Kept(c.ctx().path(), values, errors));
  }

  private static final int MAX_KEPT_FIELDS = 200;
  private static final int MAX_KEPT_CHARS = 20_000;

  private static String capped(String v) {
    return v.length() <= MAX_KEPT_CHARS ? v : v.substring(0, MAX_KEPT_CHARS);
  }

  /** Never a password, key or secret, nor the form's own token and return path. */
  static boolean keepable(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return !n.startsWith("_")
        && !n.endsWith("key")
        && !n.contains("password")
        && !n.contains("secret")
        && !n.contains("pwd")
        && !n.equals("csrf");
  }

  /** Where a form came from (its {@code _back} field, a local path), else the role's home. */
  public static String back(Call c) {
    String b = localPath(c.form("_back"));
    if (b != null) {
      return b;
    }
    return c.viewer() == null ? "/login" : c.viewer().role().home();
  }

  /**
   * The path when it is a plain path on this site, else null: the one check of every redirect
   * target a request names ({@code back}, {@code _back}, {@code next}), so that none leads to
   * another site. A plain path starts with {@code /} followed by something other than {@code /} or
   * {@code \}, and has no backslash, whitespace or control character anywhere, neither as sent nor
   * in its path part once percent-decoded (a browser drops a tab or line break, so {@code /<TAB>/x}
   * would be {@code //x}; a proxy may decode {@code /%2F/x} to {@code //x}).
   */
  static String localPath(String p) {
    if (!plainPath(p)) {
      return null;
    }
    int end = p.length();
    for (char stop : new char[] {'?', '#'}) {
      int i = p.indexOf(stop);
      end = i >= 0 ? Math.min(end, i) : end;
    }
    return plainPath(percentDecoded(p.substring(0, end))) ? p : null;
  }

  private static boolean plainPath(String p) {
    if (p == null || p.isEmpty() || p.charAt(0) != '/') {
      return false;
    }
    if (p.length() > 1 && (p.charAt(1) == '/' || p.charAt(1) == '\\')) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch == '\\'
          || Character.isISOControl(ch)
          || Character.isWhitespace(ch)
          || Character.isSpaceChar(ch)
          || Character.getType(ch) == Character.FORMAT) {
        return false;
      }
    }
    return true;
  }

  /** {@code %XX} sequences decoded as UTF-8 (a {@code +} stays a plus); malformed ones kept. */
  private static String percentDecoded(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (ch == '%' && hi >= 0 && lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(ch).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private void checkCsrf(Context ctx, Session s, Msg t) {
    String sent = ctx.header(CSRF_HEADER);
    if (sent == null || sent.isEmpty()) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    if (s == null
        || sent == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), s.csrf().getBytes(StandardCharsets.UTF_8))) {
      throw new Denied(t.t("error.csrf"));
    }
  }

  private static void toLogin(Context ctx, boolean post, Msg t) {
    if (post) {
      throw new Denied(t.t("error.notLoggedIn"));
    }
    String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    ctx.redirect(
        "/login?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8),
        HttpStatus.SEE_OTHER);
  }

  void errorPage(Context ctx, Session s, Msg t, HttpStatus status, String message) {
    ctx.attribute(CONSOLE_PAGE, Boolean.TRUE);
    Session view = s != null ? s : new Session("", "", null, Instant.now());
    Call c = new Call(ctx, view, t, this);
    Shell shell = c.shell("error.title");
    ctx.status(status);
    c.render("error.jte", shell, new ErrorPage(status.getCode(), message));
  }

  /** The error page's model. */
  public record ErrorPage(int status, String message) {}

  /** HttpOnly, SameSite=Lax, Secure when the browser came over https. */
  static void setCookie(Context ctx, String name, String value, int maxAge) {
    boolean https =
        "https".equalsIgnoreCase(ctx.scheme())
            || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.cookie(new Cookie(name, value, "/", maxAge, https, true, null, SameSite.LAX));
  }

  static void setSessionCookie(Context ctx, String id, int maxAge) {
    setCookie(ctx, SESSION_COOKIE, id, maxAge);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'self'");
  }

  Sessions sessions() {
    return sessions;
  }
}
