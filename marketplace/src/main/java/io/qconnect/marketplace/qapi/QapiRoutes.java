package io.qconnect.marketplace.qapi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.qconnect.protocol.json.JsonBodies;
import io.qconnect.protocol.wire.QapiCodec;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiRequest;
import io.qconnect.protocol.wire.QapiRequestParser;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.ResultCodes;
import io.qconnect.protocol.wire.ResultShape;
import io.qconnect.protocol.wire.ReturnType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Mounts QAPI on HTTP under {@code /GMKT.INC.Front.QAPIService/}: GET and POST, every answer HTTP
 * 200 (unless a sandbox fault says otherwise), JSON by default and XML on request.
 */
public final class QapiRoutes {
  public static final String PREFIX = "/GMKT.INC.Front.QAPIService";

  private final QapiEndpoint endpoint;
  private final Faults faults;
  private final QapiRequestParser parser = new QapiRequestParser();
  private final QapiCodec codec = new QapiCodec();
  private final QapiMetrics metrics;

  /**
   * @param meters where the {@code qapi.requests} timer is kept
   */
  public QapiRoutes(QapiEndpoint endpoint, Faults faults, MeterRegistry meters) {
    this.endpoint = endpoint;
    this.faults = faults;
    this.metrics = new QapiMetrics(meters);
  }

  public void mount(RoutesConfig routes) {
    routes.get(PREFIX + "/*", this::handle);
    routes.post(PREFIX + "/*", this::handle);
    // HEAD would otherwise answer as GET; QAPI is GET and POST only (docs/qapi.md §1.6)
    routes.head(PREFIX + "/*", ctx -> ctx.status(405).header("Allow", "GET, POST"));
    routes.put(PREFIX + "/*", this::wrongHttpMethod);
    routes.patch(PREFIX + "/*", this::wrongHttpMethod);
    routes.delete(PREFIX + "/*", this::wrongHttpMethod);
  }

  private void wrongHttpMethod(Context ctx) {
    ctx.header("Allow", "GET, POST");
    refuse(ctx, 405, "QAPI takes GET or POST, not " + ctx.method());
  }

  /**
   * A request QAPI cannot take as sent (its body cannot be read, is too large, or the HTTP method
   * is wrong), answered with {@code status} (4xx): in Qoo10's envelope with -10101 when the path
   * names a QAPI call, else in plain text.
   */
  private void refuse(Context ctx, int status, String message) {
    long start = System.nanoTime();
    Optional<QapiCodec.Encoded> out = refusal(ctx.path(), ctx.queryString(), message);
    if (out.isPresent()) {
      send(ctx, status, out.get().contentType(), out.get().body());
    } else {
      send(ctx, status, "text/plain; charset=utf-8", bytes(message));
    }
    metrics.record(null, "http_" + status, start);
  }

  /**
   * The envelope that refuses a request to {@code path} with -10101 and {@code message}, in the
   * format its query asks for (JSON unless {@code returnType=xml}); empty when the path names no
   * QAPI call. For {@link QapiErrorHandler} too, which answers before any route.
   */
  public static Optional<QapiCodec.Encoded> refusal(String path, String rawQuery, String message) {
    if (path == null || !path.startsWith(PREFIX + "/")) {
      return Optional.empty();
    }
    Optional<QapiRequest> req;
    try {
      req = new QapiRequestParser().parse(path, rawQuery, null, Map.of());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return req.map(
        r ->
            new QapiCodec()
                .encode(
                    QapiResponse.failure(
                        r.method().map(QapiMethod::shape).orElse(ResultShape.STD),
                        ResultCodes.PROCESSING_ERROR,
                        message),
                    r.returnType()));
  }

  private void handle(Context ctx) {
    long start = System.nanoTime();
    String body;
    try {
      body =
          isForm(ctx) && hasBody(ctx)
              ? new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8)
              : null;
    } catch (HttpResponseException e) {
      refuse(ctx, e.getStatus(), "The request body is larger than the server accepts.");
      return;
    } catch (Exception e) { // Javalin (Kotlin) may throw the connection's IOException as it is
      if (!JsonBodies.isUnreadableBody(e)) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
      refuse(ctx, 400, "The request body could not be read (malformed or cut off).");
      return;
    }
    Optional<QapiRequest> parsed = parser.parse(ctx.path(), ctx.queryString(), body, headers(ctx));
    if (parsed.isEmpty()) {
      send(
          ctx,
          200,
          "text/plain; charset=utf-8",
          "Can't find service Name ".getBytes(StandardCharsets.UTF_8));
      metrics.record(null, "text", start);
      return;
    }
    QapiRequest req = parsed.get();
    Optional<Fault> fault = faults.draw(req.fullMethodName());
    if (fault.isPresent()) {
      String injected = inject(ctx, req, fault.get());
      if (injected != null) {
        metrics.record(req, injected, start);
        return;
      }
    }
    QapiResponse answer = endpoint.handle(req, ctx.scheme() + "://" + ctx.host());
    QapiCodec.Encoded out = codec.encode(answer, req.returnType());
    send(ctx, 200, out.contentType(), out.body());
    metrics.record(req, resultCode(answer), start);
  }

  /** The headers the parser reads, looked up by name (any case) rather than all copied. */
  private static Map<String, String> headers(Context ctx) {
    Map<String, String> out = new HashMap<>(4);
    for (String name : QapiRequestParser.HEADERS) {
      String v = ctx.header(name);
      if (v != null) {
        out.put(name, v);
      }
    }
    return out;
  }

  /** The result code label: the envelope's code, or {@code text} for a plain-text answer. */
  private static String resultCode(QapiResponse answer) {
    Integer code = answer.codeOrNull();
    return code == null ? "text" : code.toString();
  }

  /**
   * Applies a fault.
   *
   * @return the result code label when the fault answered the call itself, null when the call goes
   *     on
   */
  private String inject(Context ctx, QapiRequest req, Fault f) {
    switch (f.kind()) {
      case DELAY -> {
        sleep(f.delayMs());
        return null;
      }
      case HTTP500 -> {
        send(ctx, 500, "text/plain; charset=utf-8", bytes("Internal Server Error"));
        return "http_500";
      }
      case GARBAGE -> {
        send(ctx, 200, "text/html; charset=utf-8", bytes("<html><body>502 Bad Gateway</body>"));
        return "garbage";
      }
      case DROP -> {
        drop(ctx);
        return "dropped";
      }
      case ERROR -> {
        QapiResponse error = error(req, f.resultCode());
        QapiCodec.Encoded out = codec.encode(error, req.returnType());
        send(ctx, 200, out.contentType(), out.body());
        return resultCode(error);
      }
    }
    throw new IllegalStateException("unknown fault " + f.kind());
  }

  private static QapiResponse error(QapiRequest req, int code) {
    String msg = "Injected fault " + code;
    if (code <= -90001 && code >= -90005) {
      return new QapiResponse.GatewayError(code, msg);
    }
    ResultShape shape = req.method().map(QapiMethod::shape).orElse(ResultShape.STD);
    return shape.kind() == ResultShape.Kind.STD
        ? new QapiResponse.Std(code == 0 ? ResultCodes.PROCESSING_ERROR : code, msg)
        : new QapiResponse.Custom(code, msg, null, shape);
  }

  /** Promises more bytes than it sends, so the server aborts the connection mid-answer. */
  private static void drop(Context ctx) {
    ctx.status(200);
    ctx.res().setContentType(ReturnType.JSON.contentType());
    ctx.res().setContentLength(4096);
    try {
      OutputStream out = ctx.res().getOutputStream();
      out.write(bytes("{\"ResultCode\":0,\"Res"));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(Context ctx, int status, String contentType, byte[] body) {
    ctx.status(status);
    ctx.contentType(contentType);
    ctx.result(body);
  }

  /**
   * Whether the request carries a body at all: a request with neither a length nor chunked transfer
   * has none (RFC 9112 §6.3), as most GETs, and reading it would only cost.
   */
  private static boolean hasBody(Context ctx) {
    return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
  }

  private static boolean isForm(Context ctx) {
    String ct = ctx.contentType();
    return ct == null
        || ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
