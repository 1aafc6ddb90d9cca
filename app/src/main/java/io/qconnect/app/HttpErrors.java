package io.qconnect.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.qconnect.protocol.json.JsonBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last word on an exception no route handled (QAPI, the sandbox, the console; the hub API maps
 * its own): a body the connection could not deliver (a malformed chunk, a body cut off) is the
 * client's fault and answers 400; Javalin's own HTTP errors (413 for a body over the limit) keep
 * their status; anything else is a programming error, logged with its stack trace and answered 500
 * without its message.
 */
final class HttpErrors {
  private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

  private HttpErrors() {}

  static void mount(RoutesConfig routes) {
    routes.exception(Exception.class, HttpErrors::handle);
  }

  private static void handle(Exception e, Context ctx) {
    if (e instanceof HttpResponseException h) {
      plain(ctx, h.getStatus(), h.getMessage());
    } else if (JsonBodies.isUnreadableBody(e)) {
      LOG.warn(
          "{} {}: the request body could not be read ({})",
          ctx.method(),
          ctx.path(),
          e.getClass().getSimpleName());
      plain(ctx, 400, "the request body could not be read (malformed or cut off)");
    } else {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      plain(ctx, 500, "internal error");
    }
  }

  private static void plain(Context ctx, int status, String text) {
    ctx.status(status).contentType("text/plain; charset=utf-8").result(text);
  }
}
