package io.qconnect.marketplace.qapi;

import io.qconnect.protocol.wire.QapiCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's answer to what Jetty refuses before any route sees it (a bad request line, a URI or
 * headers too long, a broken message, an unknown HTTP version, answered 400): never Jetty's HTML
 * page. A request to a QAPI method whose path could be read gets Qoo10's envelope ({@link
 * QapiRoutes#refusal}); anything else a line of plain text with the status (docs/qapi.md §1.6).
 * Install it with {@code server.setErrorHandler(new QapiErrorHandler())}.
 */
public final class QapiErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      code = HttpStatus.BAD_REQUEST_400; // a request line with an unknown version is malformed
      response.setStatus(code);
    }
    String text = HttpStatus.getMessage(code);
    Optional<QapiCodec.Encoded> envelope =
        code >= 400 && code < 500
            ? QapiRoutes.refusal(
                request.getHttpURI().getPath(), request.getHttpURI().getQuery(), text)
            : Optional.empty();
    byte[] body =
        envelope
            .map(QapiCodec.Encoded::body)
            .orElse(plain(code, text).getBytes(StandardCharsets.UTF_8));
    response
        .getHeaders()
        .put(
            HttpHeader.CONTENT_TYPE,
            envelope.map(QapiCodec.Encoded::contentType).orElse("text/plain; charset=utf-8"));
    response.getHeaders().put(ERROR_CACHE_CONTROL);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static String plain(int code, String text) {
    return code + " " + text + "\n";
  }
}
