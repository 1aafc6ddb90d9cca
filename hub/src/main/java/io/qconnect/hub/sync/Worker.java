package io.qconnect.hub.sync;

import io.qconnect.hub.fulfilment.WebhookSender;
import io.qconnect.hub.shop.ShopService;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.tracking.ShipmentSender;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs' work: imports, the tracking sender and instruction webhooks, the key watcher,
 * backfills, the mail log's pruning. Never lets an error escape.
 */
public final class Worker implements JobRunner {
  private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

  private final SyncService sync;
  private final ShopService shops;
  private final ShipmentSender sender;
  private final KeyExpiryWatcher watcher;
  private final Backfills backfills;
  private final WebhookSender webhooks;
  private final Runnable mailPrune;

  /**
   * @param mailPrune deletes the mail log's events older than its retention
   */
  public Worker(
      SyncService sync,
      ShopService shops,
      ShipmentSender sender,
      KeyExpiryWatcher watcher,
      Backfills backfills,
      WebhookSender webhooks,
      Runnable mailPrune) {
    this.mailPrune = mailPrune;
    this.backfills = backfills;
    this.webhooks = webhooks;
    this.sync = sync;
    this.shops = shops;
    this.sender = sender;
    this.watcher = watcher;
  }

  /** Runs the import unless the shop is gone or no longer wants scheduled imports. */
  @Override
  public void importShop(String shopId) {
    logged(
        "shop " + shopId + ": scheduled import could not run",
        () -> {
          if (!sync.closing() && importInterval(shopId).isPresent()) {
            sync.scheduledRun(shopId);
          }
        });
  }

  @Override
  public Optional<Duration> importInterval(String shopId) {
    // a Get Auth shop waiting for its seller is not imported again until it is authorized
    return shops
        .find(shopId)
        .filter(s -> !s.authNeeded())
        .map(s -> s.settings())
        .filter(ShopSettings::autoImport)
        .map(s -> Duration.ofMinutes(s.intervalMinutes()));
  }

  @Override
  public void sendShipments() {
    logged("tracking write-back could not run", sender::sendDue);
    logged("shipping instructions could not be delivered", webhooks::sendDue);
  }

  @Override
  public void checkKeys() {
    logged("key expiry check could not run", watcher::check);
  }

  @Override
  public void pruneMail() {
    logged("the mail log could not be pruned", mailPrune);
  }

  @Override
  public boolean runBackfill(long id) {
    try {
      return sync.closing() ? false : backfills.run(id);
    } catch (RuntimeException e) {
      LOG.error("backfill {} could not run", id, e);
      return true;
    }
  }

  /**
   * Runs a job of the scheduler: a failure is logged and ends there, so that the scheduler's thread
   * goes on (the job runs again at its next time).
   */
  private static void logged(String failure, Runnable job) {
    try {
      job.run();
    } catch (RuntimeException e) {
      LOG.error(failure, e);
    }
  }
}
