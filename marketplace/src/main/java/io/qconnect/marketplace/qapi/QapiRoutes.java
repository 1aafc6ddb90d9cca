package io.qconnect.marketplace.qapi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
  }

  private void handle(Context ctx) {
    long start = System.nanoTime();
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(ctx.headerMap());
    String body = isForm(ctx) ? new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8) : null;
    Optional<QapiRequest> parsed = parser.parse(ctx.path(), ctx.queryString(), body, headers);
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
