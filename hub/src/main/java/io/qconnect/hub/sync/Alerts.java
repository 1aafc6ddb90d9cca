package io.qconnect.hub.sync;

import io.qconnect.hub.shop.ConnectionProblem;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopEvents;
import io.qconnect.protocol.wire.QapiDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stored alerts ({@code hub_alert}, through {@link JdbcAlertStore}), listable per shop. Each alert
 * has a de-duplication key, so that a condition seen on every run (or by every node) is reported
 * once. Also listens to shop events to report key renewals and their failures.
 */
public final class Alerts implements ShopEvents {
  private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

  private final JdbcAlertStore store = new JdbcAlertStore();
  private final Jdbi jdbi;
  private final Clock clock;

  public Alerts(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Raises an alert unless one with the same key exists.
   *
   * @return whether it is new
   */
  public boolean raise(String shopId, Alert.Kind kind, String message, String dedupeKey) {
    boolean fresh =
        jdbi.withHandle(h -> store.insert(h, shopId, kind, message, dedupeKey, clock.instant()));
    if (fresh) {
      LOG.warn("alert {} for shop {}: {}", kind, shopId, message);
    }
    return fresh;
  }

  /** Newest first; every shop's when {@code shopId} is null. */
  public List<Alert> list(String shopId) {
    return jdbi.withHandle(h -> store.list(h, shopId));
  }

  @Override
  public void keyRenewed(Shop shop, String reason) {
    String until = shop.keyExpiryDate();
    raise(
        shop.shopId(),
        Alert.Kind.KEY_RENEWED,
        "A new certification key was issued (" + reason + "); it is valid until " + until + ".",
        "key-renewed:" + shop.shopId() + ":" + shop.keyIssuedAt().toEpochMilli());
  }

  @Override
  public void authorizationNeeded(String shopId, String message) {
    raise(
        shopId,
        Alert.Kind.AUTH_NEEDED,
        message,
        "auth-needed:" + shopId + ":" + clock.instant().toEpochMilli());
  }

  @Override
  public void keyRenewalFailed(String shopId, String reason, ConnectionProblem problem) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), QapiDates.JST);
    raise(
        shopId,
        Alert.Kind.KEY_RENEWAL_FAILED,
        "The certification key could not be renewed (" + reason + "): " + problem.message(),
        "key-renewal-failed:" + shopId + ":" + today);
  }
}
