package io.qconnect.hub.sync;

import io.qconnect.hub.core.NotFoundException;
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
 * once. Also listens to shop events to report key renewals and their failures, and to resolve
 * alerts whose condition recovered (a renewed key ends the expiry and renewal alerts, a new
 * authorization the Get Auth one, a removed shop all of its own). An operator acknowledges an
 * alert; both states are stored with their time.
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

  /** The newest 500, newest first; every shop's when {@code shopId} is null. */
  public List<Alert> list(String shopId) {
    return page(shopId, false, 500, 0).alerts();
  }

  /** One page of alerts and how many there are in all. */
  public record Page(List<Alert> alerts, int total) {}

  /**
   * A page of alerts, newest first: every shop's when {@code shopId} is null, only the open ones
   * (neither acknowledged nor resolved) when {@code openOnly}.
   */
  public Page page(String shopId, boolean openOnly, int limit, int offset) {
    int size = Math.max(1, Math.min(limit, 500));
    int from = Math.max(0, offset);
    return jdbi.inTransaction(
        h ->
            new Page(
                store.list(h, shopId, openOnly, size, from), store.count(h, shopId, openOnly)));
  }

  /**
   * An operator has seen the alert: stored with who and when (a second acknowledgement keeps the
   * first).
   *
   * @throws NotFoundException when there is no such alert
   */
  public Alert acknowledge(long id, String by) {
    return jdbi.inTransaction(
        h -> {
          if (store.acknowledge(h, id, by == null ? "" : by, clock.instant())) {
            LOG.info("alert {} acknowledged by {}", id, by);
          }
          return store.find(h, id).orElseThrow(() -> new NotFoundException("no alert " + id));
        });
  }

  /**
   * The condition behind the shop's alerts of these kinds recovered: they are marked resolved (and
   * leave the list of open alerts).
   */
  public void resolve(String shopId, Alert.Kind... kinds) {
    int n = jdbi.withHandle(h -> store.resolve(h, shopId, List.of(kinds), clock.instant()));
    if (n > 0) {
      LOG.info("shop {}: {} alert(s) resolved ({})", shopId, n, List.of(kinds));
    }
  }

  @Override
  public void connected(Shop shop) {
    if (shop.hasKey()) {
      resolve(shop.shopId(), Alert.Kind.AUTH_NEEDED);
    }
  }

  @Override
  public void removed(String shopId) {
    resolve(shopId, Alert.Kind.values());
  }

  @Override
  public void keyRenewed(Shop shop, String reason) {
    resolve(
        shop.shopId(),
        Alert.Kind.KEY_EXPIRING,
        Alert.Kind.KEY_EXPIRED,
        Alert.Kind.KEY_RENEWAL_FAILED,
        Alert.Kind.AUTH_NEEDED);
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
