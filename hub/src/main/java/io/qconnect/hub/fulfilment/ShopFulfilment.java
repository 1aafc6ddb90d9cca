package io.qconnect.hub.fulfilment;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.protocol.secret.SecretBox;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads and changes a shop's {@link FulfilmentSettings}. The webhook's signing secret is sealed
 * with the hub's key before it reaches the database and is never answered back.
 */
public final class ShopFulfilment {
  private final JdbcFulfilmentStore store = new JdbcFulfilmentStore();
  private final Jdbi jdbi;
  private final ShopService shops;
  private final SecretBox box;
  private final Clock clock;

  public ShopFulfilment(Jdbi jdbi, ShopService shops, SecretBox box, Clock clock) {
    this.jdbi = jdbi;
    this.shops = shops;
    this.box = box;
    this.clock = clock;
  }

  /**
   * @throws io.qconnect.hub.core.NotFoundException for an unknown shop
   */
  public FulfilmentSettings get(String shopId) {
    shops.get(shopId);
    return settings(shopId);
  }

  /** The settings of a shop known to exist (the defaults when it never changed them). */
  FulfilmentSettings settings(String shopId) {
    return jdbi.withHandle(h -> store.find(h, shopId))
        .map(JdbcFulfilmentStore.Row::settings)
        .orElse(FulfilmentSettings.defaults());
  }

  /** The hub status a new line of this shop is stored with (R72). */
  public HubStatus storageStatus(String shopId) {
    return settings(shopId).storageStatus();
  }

  /** The webhook's signing secret, opened, if one is stored. */
  Optional<String> secret(String shopId) {
    return jdbi.withHandle(h -> store.find(h, shopId))
        .map(JdbcFulfilmentStore.Row::sealedSecret)
        .map(box::open);
  }

  /** Applies the change (validated first; nothing changes when it is refused). */
  public FulfilmentSettings update(String shopId, FulfilmentPatch patch) {
    shops.get(shopId);
    if (patch.webhookSecret() != null
        && !patch.webhookSecret().isEmpty()
        && (patch.webhookSecret().length() < 16 || patch.webhookSecret().length() > 200)) {
      throw new HubException("webhookSecret must be 16–200 characters");
    }
    return jdbi.inTransaction(
        h -> {
          Optional<JdbcFulfilmentStore.Row> row = store.find(h, shopId);
          String sealed = row.map(JdbcFulfilmentStore.Row::sealedSecret).orElse(null);
          if (patch.webhookSecret() != null) {
            sealed = patch.webhookSecret().isEmpty() ? null : box.seal(patch.webhookSecret());
          }
          FulfilmentSettings next =
              patch.apply(
                  row.map(JdbcFulfilmentStore.Row::settings).orElse(FulfilmentSettings.defaults()),
                  sealed != null);
          if (next.webhookUrl() != null && sealed == null) {
            throw new HubException("a webhook needs a webhookSecret to sign its requests with");
          }
          store.save(h, shopId, next, sealed, clock.instant());
          return next;
        });
  }
}
