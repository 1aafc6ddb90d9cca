package io.qconnect.hub.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.NotFoundException;
import io.qconnect.protocol.json.JsonBodies;
import io.qconnect.protocol.json.JsonBodyException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where the hub API checks the bearer token and turns failures into HTTP answers: 401
 * without the right token, 404 for an unknown shop or order, 400 for a request the hub refuses (a
 * {@link HubException} or a body that does not bind, with the reason, or a body that cannot be
 * read: a malformed chunk, an early end), 413 for a body over the size limit, 500 for anything
 * else: a programming error is logged with its stack trace and answered {@code {"error":"internal
 * error"}}, never with its message. Errors are {@code {"error": "..."}}.
 */
final class ApiGuard {
  private static final Logger LOG = LoggerFactory.getLogger(ApiGuard.class);

  /** Javalin's request body limit ({@code http.maxRequestSize}, 1,000,000 bytes by default). */
  private static final String MAX_BODY_TEXT = "1 MB";

  private final byte[] token;

  ApiGuard(String token) {
    this.token = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  Handler guard(Handler h) {
    return ctx -> {
      if (!authorized(ctx)) {
        ctx.header("WWW-Authenticate", "Bearer");
        error(ctx, 401, "missing or wrong bearer token (Authorization: Bearer <token>)");
        return;
      }
      try {
        h.handle(ctx);
      } catch (NotFoundException e) {
        error(ctx, 404, e.getMessage());
      } catch (HubException | JsonBodyException e) {
        error(ctx, 400, e.getMessage());
      } catch (HttpResponseException e) {
        if (e.getStatus() == HttpStatus.CONTENT_TOO_LARGE.getCode()) {
          LOG.warn("hub API {} {}: body over the size limit, refused", ctx.method(), ctx.path());
          error(ctx, 413, "the request body is too large (at most " + MAX_BODY_TEXT + ")");
        } else {
          error(ctx, e.getStatus(), e.getMessage());
        }
      } catch (Exception e) {
        if (JsonBodies.isUnreadableBody(e)) {
          LOG.warn(
              "hub API {} {}: the request body could not be read ({})",
              ctx.method(),
              ctx.path(),
              e.getClass().getSimpleName());
          error(ctx, 400, "the request body could not be read (malformed or cut off)");
          return;
        }
        LOG.error("hub API {} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error");
      }
    };
  }

  private boolean authorized(Context ctx) {
    String given = ctx.header("Authorization");
    return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }

  static void error(Context ctx, int status, String message) {
    ApiJson.send(ctx, status, Map.of("error", message == null ? "error" : message));
  }
}
