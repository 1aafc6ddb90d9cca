package io.qconnect.hub.shop;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a server's clock from the {@code Date} header of a plain GET to its URL. Order searches are
 * date ranges in Japan time, so a hub clock far off the service's loses or repeats orders.
 */
final class ClockProbe {
  private final Clock clock;
  private final Duration timeout;

  ClockProbe(Clock clock, Duration timeout) {
    this.clock = clock;
    this.timeout = timeout;
  }

  /** The server's time minus ours, or empty when the server cannot be reached or sends no date. */
  Optional<Duration> skew(URI url) {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build()) {
      HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
      Instant ours = clock.instant();
      return r.headers()
          .firstValue("Date")
          .flatMap(ClockProbe::parse)
          .map(theirs -> Duration.between(ours, theirs));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<Instant> parse(String date) {
    try {
      return Optional.of(
          ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
