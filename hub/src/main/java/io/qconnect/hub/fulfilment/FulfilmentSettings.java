package io.qconnect.hub.fulfilment;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HubStatus;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How one shop's lines enter the hub and reach its warehouse.
 *
 * @param storageStatus the hub status of a line Qoo10 shows new (status 2) when first imported
 *     (R72): {@code NEW} (新規受付, the default) or {@code ON_HOLD} (保留: not confirmed or instructed
 *     until an operator releases it)
 * @param autoInstruct Automatic Fulfillment Shipping Instructions (R78): a line that becomes
 *     CONFIRMED becomes a shipping instruction by itself
 * @param webhookUrl where instructions are POSTed (http/https), or null for none
 * @param webhookSecretSet whether a signing secret is stored (the secret itself never leaves the
 *     hub)
 * @param csvExport whether instructions wait in the CSV export for the warehouse to fetch
 */
public record FulfilmentSettings(
    HubStatus storageStatus,
    boolean autoInstruct,
    URI webhookUrl,
    boolean webhookSecretSet,
    boolean csvExport) {

  /** The storage statuses a shop may choose. */
  public static final List<HubStatus> STORAGE_STATUSES = List.of(HubStatus.NEW, HubStatus.ON_HOLD);

  public FulfilmentSettings {
    Objects.requireNonNull(storageStatus, "storageStatus");
    if (!STORAGE_STATUSES.contains(storageStatus)) {
      throw new HubException(
          "storageStatus must be one of " + STORAGE_STATUSES + ", not " + storageStatus);
    }
    if (webhookUrl != null && webhookUrl.toString().length() > 500) {
      throw new HubException("webhookUrl must be at most 500 characters");
    }
    if (webhookUrl != null) {
      String scheme = webhookUrl.getScheme() == null ? "" : webhookUrl.getScheme();
      if (!List.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))
          || webhookUrl.getHost() == null
          || webhookUrl.getUserInfo() != null) {
        throw new HubException(
            "webhookUrl must be an http or https address without user:pass@, not " + webhookUrl);
      }
    }
  }

  public static FulfilmentSettings defaults() {
    return new FulfilmentSettings(HubStatus.NEW, false, null, false, false);
  }

  /** Whether confirmed lines go to a warehouse at all. */
  public boolean delivers() {
    return webhookUrl != null || csvExport;
  }
}
