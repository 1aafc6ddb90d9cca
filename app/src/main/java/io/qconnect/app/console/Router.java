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
 * role or token a 403 page, anything unexpected a 500 page (and a log entry). What a refused form
 * held is kept by {@link KeptForms}, redirect targets are checked by {@link LocalPaths}.
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
      KeptForms.keep(c, e.errors());
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
      KeptForms.keep(c, Map.of());
      c.flash(Flash.Kind.ERROR, c.t().f("error.refused", message));
      c.seeOther(back(c));
    } else {
      errorPage(c.ctx(), c.session(), c.t(), status, message);
    }
  }

  /** Where a form came from (its {@code _back} field, a local path), else the role's home. */
  public static String back(Call c) {
    String b = LocalPaths.localPath(c.form("_back"));
    if (b != null) {
      return b;
    }
    return c.viewer() == null ? "/login" : c.viewer().role().home();
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
