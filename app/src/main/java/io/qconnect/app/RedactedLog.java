package io.qconnect.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.qconnect.protocol.secret.Secrets;

/**
 * Logback converters that keep secrets out of every log line ({@code logback.xml}: {@code %rmsg}
 * and {@code %rex}): certification and API keys, passwords and tokens in {@code name=value} or JSON
 * form, {@code user:password@} in URLs and bearer tokens are replaced by {@code ***} (see {@link
 * Secrets#redact}). This covers what libraries log too, e.g. Jetty's warning about a {@code
 * CONNECT} request whose target carries {@code key=...}.
 */
public final class RedactedLog {
  private RedactedLog() {}

  /** {@code %rmsg}: the formatted message, redacted. */
  public static final class Message extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
      return Secrets.redact(super.convert(event));
    }
  }

  /** {@code %rex}: the exception with its causes and stack, redacted. */
  public static final class Trace extends ThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
      return Secrets.redact(super.convert(event));
    }
  }
}
