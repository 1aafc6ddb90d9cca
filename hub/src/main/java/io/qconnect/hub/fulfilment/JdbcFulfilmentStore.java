package io.qconnect.hub.fulfilment;

import io.qconnect.hub.orders.HubStatus;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Per-shop fulfilment settings ({@code hub_shop_fulfilment}); a shop without a row has the
 * defaults. Stateless: every method runs on the caller's handle.
 */
final class JdbcFulfilmentStore {

  /** The settings and the sealed webhook secret (null when none). */
  record Row(FulfilmentSettings settings, String sealedSecret) {}

  Optional<Row> find(Handle h, String shopId) {
    return h.createQuery(
            """
            SELECT storage_status, auto_instruct, webhook_url, webhook_secret_sealed, csv_export
            FROM hub_shop_fulfilment WHERE shop_id = :shop""")
        .bind("shop", shopId)
        .map(
            (rs, ctx) -> {
              String url = rs.getString("webhook_url");
              String sealed = rs.getString("webhook_secret_sealed");
              return new Row(
                  new FulfilmentSettings(
                      HubStatus.valueOf(rs.getString("storage_status")),
                      rs.getBoolean("auto_instruct"),
                      url.isEmpty() ? null : URI.create(url),
                      sealed != null,
                      rs.getBoolean("csv_export")),
                  sealed);
            })
        .findOne();
  }

  void save(Handle h, String shopId, FulfilmentSettings s, String sealedSecret, Instant now) {
    int updated =
        h.createUpdate(
                """
                UPDATE hub_shop_fulfilment SET storage_status = :storage, auto_instruct = :auto,
                  webhook_url = :url, webhook_secret_sealed = :secret, csv_export = :csv,
                  updated_at = :now
                WHERE shop_id = :shop""")
            .bind("shop", shopId)
            .bind("storage", s.storageStatus().name())
            .bind("auto", s.autoInstruct())
            .bind("url", s.webhookUrl() == null ? "" : s.webhookUrl().toString())
            .bind("secret", sealedSecret)
            .bind("csv", s.csvExport())
            .bind("now", now)
            .execute();
    if (updated == 0) {
      h.createUpdate(
              """
              INSERT INTO hub_shop_fulfilment (shop_id, storage_status, auto_instruct, webhook_url,
                webhook_secret_sealed, csv_export, updated_at)
              VALUES (:shop, :storage, :auto, :url, :secret, :csv, :now)""")
          .bind("shop", shopId)
          .bind("storage", s.storageStatus().name())
          .bind("auto", s.autoInstruct())
          .bind("url", s.webhookUrl() == null ? "" : s.webhookUrl().toString())
          .bind("secret", sealedSecret)
          .bind("csv", s.csvExport())
          .bind("now", now)
          .execute();
    }
  }
}
