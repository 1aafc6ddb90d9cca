package io.qconnect.hub.sync;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Watches certification keys (valid 365 days from issue): re-issues a key {@code renewBeforeDays}
 * before it expires (default 30), and raises an alert when a key is within 60, 30, 7 and 1 day(s)
 * of expiry (the nearest threshold crossed, once per key) and when it has expired.
 */
public final class KeyExpiryWatcher {
  /** Days before expiry at which to warn, nearest last. */
  public static final List<Integer> ALERT_DAYS = List.of(60, 30, 7, 1);

  private final ShopService shops;
  private final Alerts alerts;
  private final Clock clock;

  public KeyExpiryWatcher(ShopService shops, Alerts alerts, Clock clock) {
    this.shops = shops;
    this.alerts = alerts;
    this.clock = clock;
  }

  /** What one check did. */
  public record Report(int checked, int renewed, int renewalsFailed, int alertsRaised) {}

  public Report check() {
    int renewed = 0;
    int failed = 0;
    int raised = 0;
    List<Shop> all = shops.list();
    for (Shop shop : all) {
      Shop current = shop;
      if (shop.getAuth() && !shop.hasKey()) {
        continue; // waiting for its first authorization: no key to watch
      }
      if (!shop.getAuth() && shop.renewalDue(clock.instant())) {
        try {
          current = shops.renew(shop.shopId(), "the key expires in " + daysLeft(shop) + " days");
          renewed++;
        } catch (HubException e) {
          failed++; // the shop is FAILING and an alert was raised
        }
      }
      raised += alertIfNear(current) ? 1 : 0;
    }
    return new Report(all.size(), renewed, failed, raised);
  }

  private boolean alertIfNear(Shop shop) {
    Instant now = clock.instant();
    String date = shop.keyExpiryDate();
    String key = shop.shopId() + ":" + shop.keyIssuedAt().toEpochMilli();
    if (shop.keyExpired(now)) {
      return alerts.raise(
          shop.shopId(),
          Alert.Kind.KEY_EXPIRED,
          "The certification key expired on "
              + date
              + " (JST). "
              + (shop.getAuth()
                  ? "Re-authorize the shop with Get Auth (Renew Tokens): the seller logs in in the"
                      + " marketplace's window."
                  : "Use Renew Tokens."),
          "key-expired:" + key);
    }
    for (int days : ALERT_DAYS.reversed()) {
      if (!now.isBefore(shop.keyExpiresAt().minus(Duration.ofDays(days)))) {
        return alerts.raise(
            shop.shopId(),
            Alert.Kind.KEY_EXPIRING,
            "The certification key expires on "
                + date
                + " (JST), in "
                + daysLeft(shop)
                + " day(s). "
                + (shop.getAuth()
                    ? "The shop is connected by Get Auth, so the hub cannot renew it: re-authorize"
                        + " it with Get Auth (Renew Tokens) before then."
                    : "It is renewed automatically "
                        + shop.settings().renewBeforeDays()
                        + " days before; if that fails, use Renew Tokens."),
            "key-expiring:" + key + ":" + days);
      }
    }
    return false;
  }

  private long daysLeft(Shop shop) {
    return shop.daysUntilExpiry(clock.instant());
  }
}
