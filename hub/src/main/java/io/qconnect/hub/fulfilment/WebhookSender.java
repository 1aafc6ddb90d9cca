package io.qconnect.hub.fulfilment;

import io.qconnect.hub.core.LeaseLock;
import io.qconnect.hub.tracking.Backoff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due shipping instructions to each shop's warehouse webhook: a POST of the instruction's
 * JSON with {@value #SIGNATURE} {@code sha256=<hex HMAC-SHA256 of the body under the shop's
 * secret>} and {@value #ID} (the warehouse drops an ID it has seen). A 2xx answer delivers it;
 * anything else is tried again after an exponential {@link Backoff}, for ever, and shown on the
 * instruction.
 */
public final class WebhookSender {
  public static final String SIGNATURE = "X-QConnect-Signature";
  public static final String ID = "X-QConnect-Instruction-Id";

  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
  private static final int BATCH = 200;

  private final JdbcInstructionStore store = new JdbcInstructionStore();
  private final Jdbi jdbi;
  private final ShopFulfilment settings;
  private final Backoff backoff;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final LeaseLock locks;

  public WebhookSender(
      Jdbi jdbi, ShopFulfilment settings, LeaseLock locks, Backoff backoff, Clock clock) {
    this.locks = locks;
    this.jdbi = jdbi;
    this.settings = settings;
    this.backoff = backoff;
    this.clock = clock;
  }

  /**
   * Sends every due instruction once.
   *
   * @return how many were delivered
   */
  public int sendDue() {
    // one node at a time, so that a due instruction is not posted twice at once
    Optional<LeaseLock.Lease> lease = locks.tryAcquire("instruction-webhooks");
    if (lease.isEmpty()) {
      return 0;
    }
    try {
      int delivered = 0;
      for (Instruction i : jdbi.withHandle(h -> store.due(h, clock.instant(), BATCH))) {
        if (send(i)) {
          delivered++;
        }
      }
      return delivered;
    } finally {
      lease.get().close();
    }
  }

  private boolean send(Instruction i) {
    FulfilmentSettings s = settings.settings(i.shopId());
    String secret = settings.secret(i.shopId()).orElse(null);
    if (s.webhookUrl() == null || secret == null) {
      fail(i, "the shop has no webhook (URL and secret) any more");
      return false;
    }
    String body = jdbi.withHandle(h -> store.payload(h, i.instructionId()));
    try {
      HttpResponse<String> r =
          http.send(
              request(s.webhookUrl(), i.instructionId(), body, secret),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 == 2) {
        jdbi.useHandle(h -> store.delivered(h, i.instructionId(), clock.instant()));
        return true;
      }
      fail(i, "the webhook answered HTTP " + r.statusCode());
    } catch (IOException e) {
      fail(i, "the webhook could not be reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(i, "interrupted while sending");
    }
    return false;
  }

  private static HttpRequest request(URI url, String id, String body, String secret) {
    return HttpRequest.newBuilder(url)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json; charset=utf-8")
        .header(ID, id)
        .header(SIGNATURE, "sha256=" + sign(body, secret))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  /** Hex HMAC-SHA256 of the UTF-8 body under the secret: what a warehouse checks. */
  public static String sign(String body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private void fail(Instruction i, String error) {
    Instant next = clock.instant().plus(backoff.delayAfter(i.attempts() + 1));
    LOG.warn(
        "shop {}: instruction {} (order {}) not delivered, next attempt at {}: {}",
        i.shopId(),
        i.instructionId(),
        i.orderNo(),
        next,
        error);
    jdbi.useHandle(h -> store.failed(h, i.instructionId(), error, next));
  }

  /** Closes the HTTP client. */
  public void close() {
    http.close();
  }
}
