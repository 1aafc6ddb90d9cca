package io.qconnect.app.console;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One console request as the screens see it: the viewer, the texts, form and query values, the
 * messages for the next page, and rendering. Built by {@link Router}.
 */
public final class Call {
  private final Context ctx;
  private final Session session;
  private final Msg t;
  private final Router router;

  Call(Context ctx, Session session, Msg t, Router router) {
    this.ctx = ctx;
    this.session = session;
    this.t = t;
    this.router = router;
  }

  public Msg t() {
    return t;
  }

  /** The logged-in viewer (never null on a page that requires a role). */
  public Viewer viewer() {
    return session.viewer();
  }

  /** The login ID of the viewer. */
  public String login() {
    return session.viewer().login();
  }

  public String pathParam(String name) {
    return ctx.pathParam(name);
  }

  /** A query value, trimmed; "" when absent. */
  public String query(String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }

  /** A form value, trimmed; "" when absent. */
  public String form(String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  /** A form value exactly as sent (passwords); "" when absent. */
  public String raw(String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v;
  }

  /** An uploaded file's bytes (a multipart form), or null when none was sent or it is empty. */
  public byte[] upload(String name) {
    return Transfers.uploadBytes(ctx, name);
  }

  public List<String> forms(String name) {
    return ctx.formParams(name);
  }

  /** Whether a checkbox was ticked. */
  public boolean checked(String name) {
    return !form(name).isEmpty();
  }

  /** A whole number, or a {@link ConsoleInputException} naming the field. */
  public int number(String value, String label) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new ConsoleInputException(t.f("error.number", label, value));
    }
  }

  public long longNumber(String value, String label) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new ConsoleInputException(t.f("error.number", label, value));
    }
  }

  /** A date (yyyy-MM-dd), null when blank. */
  public LocalDate date(String value, String label) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new ConsoleInputException(t.f("error.date", label, value));
    }
  }

  /** The checks of this request's form fields (see {@link Fields}). */
  public Fields fields() {
    return new Fields(this);
  }

  /**
   * Keeps this form's values for the page the browser goes back to, for an action that refuses
   * without an exception (a wrong password): the form comes back as typed, passwords excepted.
   */
  public void keepForm() {
    KeptForms.keep(this, Map.of());
  }

  /** Whether a refused form's values are kept for the next page already. */
  boolean kept() {
    return session.peekOnce(Kept.class.getName());
  }

  public void flash(Flash.Kind kind, String text) {
    session.flash(new Flash(kind, text));
  }

  /** Keeps a value for the next page only (a test report, a key shown once). */
  public void once(String key, Object value) {
    session.putOnce(key, value);
  }

  public <T> Optional<T> takeOnce(String key, Class<T> type) {
    return session.takeOnce(key, type);
  }

  /** The layout model for this page, with a title text key; takes the pending messages. */
  public Shell shell(String titleKey) {
    String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    return new Shell(
        t,
        t.t(titleKey),
        session.viewer(),
        session.csrf(),
        path,
        session.takeFlashes(),
        router.nav(session.viewer(), ctx.path(), t),
        session.takeOnce(Kept.class.getName(), Kept.class).orElse(Kept.NONE));
  }

  /** Renders a page: the template gets {@code shell}, {@code t} and {@code m}. */
  public void render(String template, Shell shell, Object model) {
    Map<String, Object> params = new HashMap<>();
    params.put("shell", shell);
    params.put("t", t);
    params.put("m", model);
    ctx.contentType("text/html; charset=utf-8").result(router.templates().render(template, params));
  }

  /** Writes a download's bytes; may fail with an I/O error of the connection. */
  @FunctionalInterface
  public interface Body {
    void write(java.io.OutputStream out) throws java.io.IOException;
  }

  /**
   * Answers a file download, streamed: {@code body} writes straight to the response (buffered in 64
   * KiB), so a large file is never held in memory. Check the request before calling: once bytes are
   * sent, a failure can only cut the download short.
   */
  public void download(String fileName, String contentType, Body body) throws java.io.IOException {
    Transfers.download(ctx, fileName, contentType, body);
  }

  /**
   * Starts a password check for {@code login} under the console's login throttle (the same counts
   * as the login page): the text saying how long to wait when this attempt is refused, else empty
   * and the attempt counts as a failure until {@link #loginSucceeded} takes it back.
   */
  public Optional<String> loginThrottled(String login) {
    return router
        .throttle()
        .attempt(login, ctx.ip())
        .map(wait -> AuthRoutes.throttledText(t, wait));
  }

  /** The password checked by {@link #loginThrottled} was right. */
  public void loginSucceeded(String login) {
    router.throttle().succeeded(login, ctx.ip());
  }

  /** Answers the error page with this status and message instead of the page. */
  public void errorPage(int status, String message) {
    router.errorPage(ctx, session, t, HttpStatus.forStatus(status), message);
  }

  /**
   * Lets this page's forms lead to {@code origin} too (scheme://host:port): a form whose answer
   * redirects to another site (the Get Auth window back to its integrator) needs it, as browsers
   * apply the page's {@code form-action} to the redirect as well.
   */
  public void allowFormActionTo(String origin) {
    String csp = ctx.res().getHeader("Content-Security-Policy");
    if (csp != null && origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
      ctx.header(
          "Content-Security-Policy",
          csp.replace("form-action 'self'", "form-action 'self' " + origin));
    }
  }

  /** A file sent with a multipart form. */
  public record Upload(String fileName, byte[] content) {}

  /**
   * The file sent in a multipart form's {@code field}; empty when none (or an empty one) was sent.
   *
   * @throws ConsoleInputException when it is larger than {@code maxBytes}
   */
  public Optional<Upload> upload(String field, int maxBytes, String tooLarge) {
    return Transfers.upload(ctx, field, maxBytes, tooLarge);
  }

  /**
   * Answers a CSV file to download, UTF-8 with a byte-order mark (so that Excel reads it as UTF-8),
   * written by {@code body}.
   */
  public void csv(String fileName, java.util.function.Consumer<java.io.Writer> body) {
    Transfers.csv(ctx, fileName, body);
  }

  /** Answers a page with this status (a page re-rendered with its errors: 400). */
  public void status(int code) {
    ctx.status(code);
  }

  /** Sends the browser to a local path (303) instead of rendering. */
  public void redirect(String localPath) {
    seeOther(LocalPaths.localPath(localPath) == null ? "/" : localPath);
  }

  /** The host name the browser used, without the port. */
  public String host() {
    String h = ctx.host();
    if (h == null) {
      return "localhost";
    }
    return h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1) : h.split(":")[0];
  }

  Context ctx() {
    return ctx;
  }

  Session session() {
    return session;
  }

  Sessions sessionsOf() {
    return router.sessions();
  }

  void seeOther(String target) {
    ctx.redirect(target, HttpStatus.SEE_OTHER);
  }
}
