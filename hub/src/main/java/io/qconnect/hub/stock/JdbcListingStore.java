package io.qconnect.hub.stock;

import io.qconnect.hub.core.HubJdbi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Qoo10 units per shop ({@code hub_listing}), their mapping to hub SKUs and push state; what item
 * imports found changed ({@code hub_item_change}); each shop's push rules ({@code hub_shop_stock}).
 * A push is due while {@code push_seq > pushed_seq}: every change of the SKU bumps {@code
 * push_seq}, so changes that come while a push is under way make the next one due (bursts coalesce
 * into one push of the latest quantity).
 */
final class JdbcListingStore {
  private static final String COLUMNS = "SELECT l.* FROM hub_listing l ";

  List<Listing> byShop(Handle h, String shopId, Boolean mapped, long afterId, int limit) {
    return h.createQuery(
            COLUMNS
                + """
                WHERE (:shop = '' OR l.shop_id = :shop) AND l.gone = FALSE AND l.id > :after
                  AND (:mapped IS NULL OR (l.sku IS NOT NULL) = :mapped)
                ORDER BY l.id FETCH FIRST :limit ROWS ONLY""")
        .bind("shop", shopId == null ? "" : shopId)
        .bind("mapped", mapped)
        .bind("after", afterId)
        .bind("limit", limit)
        .map((rs, c) -> listing(rs))
        .list();
  }

  /** The live units of one item (an import compares what it sees against them). */
  List<Listing> byItem(Handle h, String shopId, String itemCode) {
    return h.createQuery(
            COLUMNS + "WHERE l.shop_id = :shop AND l.item_code = :item AND l.gone = FALSE")
        .bind("shop", shopId)
        .bind("item", itemCode)
        .map((rs, c) -> listing(rs))
        .list();
  }

  List<Listing> bySku(Handle h, String sku) {
    return h.createQuery(COLUMNS + "WHERE l.sku = :sku AND l.gone = FALSE ORDER BY l.id")
        .bind("sku", sku)
        .map((rs, c) -> listing(rs))
        .list();
  }

  Optional<Listing> find(Handle h, String shopId, String itemCode, String optionValue) {
    return h.createQuery(
            COLUMNS + "WHERE l.shop_id = :shop AND l.item_code = :item AND l.option_value = :ov")
        .bind("shop", shopId)
        .bind("item", itemCode)
        .bind("ov", optionValue)
        .map((rs, c) -> listing(rs))
        .findOne();
  }

  /** A unit by item code and option code ("" for the item itself). */
  Optional<Listing> findByCodes(Handle h, String shopId, String itemCode, String optionCode) {
    String where =
        optionCode.isEmpty()
            ? "l.option_value = ''"
            : "l.option_value <> '' AND l.option_code = :option";
    return h.createQuery(
            COLUMNS
                + "WHERE l.shop_id = :shop AND (l.item_code = :item OR l.seller_code = :item)"
                + " AND l.gone = FALSE AND "
                + where
                + " ORDER BY l.id FETCH FIRST 1 ROWS ONLY")
        .bind("shop", shopId)
        .bind("item", itemCode)
        .bind("option", optionCode)
        .map((rs, c) -> listing(rs))
        .findOne();
  }

  /** Inserts or refreshes a unit as an import saw it (mapping and push state are kept). */
  void upsert(Handle h, Listing l, Instant now) {
    int n =
        h.createUpdate(
                """
                UPDATE hub_listing SET option_name = :on, option_code = :oc, seller_code = :sc,
                  title = :title, price = :price, expire_date = :exp, qoo10_qty = :qty,
                  gone = FALSE, seen_at = :now, checked_at = :now
                WHERE shop_id = :shop AND item_code = :item AND option_value = :ov""")
            .bind("price", l.price())
            .bind("on", l.optionName())
            .bind("oc", l.optionCode())
            .bind("sc", l.sellerCode())
            .bind("title", HubJdbi.clip(l.title(), 500))
            .bind("exp", l.expireDate())
            .bind("qty", l.qoo10Qty())
            .bind("shop", l.shopId())
            .bind("item", l.itemCode())
            .bind("ov", l.optionValue())
            .bind("now", now)
            .execute();
    if (n == 0) {
      h.createUpdate(
              """
              INSERT INTO hub_listing (shop_id, item_code, option_value, option_name, option_code,
                seller_code, title, price, expire_date, qoo10_qty, seen_at, checked_at)
              VALUES (:shop, :item, :ov, :on, :oc, :sc, :title, :price, :exp, :qty, :now, :now)""")
          .bind("price", l.price())
          .bind("on", l.optionName())
          .bind("oc", l.optionCode())
          .bind("sc", l.sellerCode())
          .bind("title", HubJdbi.clip(l.title(), 500))
          .bind("exp", l.expireDate())
          .bind("qty", l.qoo10Qty())
          .bind("shop", l.shopId())
          .bind("item", l.itemCode())
          .bind("ov", l.optionValue())
          .bind("now", now)
          .execute();
    }
  }

  /** Units of an item the last import did not see any more. */
  int markGone(Handle h, String shopId, String itemCode, List<String> seenValues) {
    return h.createUpdate(
            """
            UPDATE hub_listing SET gone = TRUE
            WHERE shop_id = :shop AND item_code = :item AND gone = FALSE
              AND option_value NOT IN (<seen>)""")
        .bind("shop", shopId)
        .bind("item", itemCode)
        .bindList("seen", seenValues.isEmpty() ? List.of("\u0000none") : seenValues)
        .execute();
  }

  /** Maps a unit to a SKU (or unmaps it with null) and makes a push due. */
  void map(Handle h, long id, String sku, String by) {
    h.createUpdate(
            """
            UPDATE hub_listing SET sku = :sku, mapped_by = :by, push_seq = push_seq + 1,
              push_attempts = 0, next_push_at = NULL
            WHERE id = :id""")
        .bind("id", id)
        .bind("sku", sku)
        .bind("by", sku == null ? "" : by)
        .execute();
  }

  /** Unmapped units of live items whose code is {@code sku}: the automatic mapping. */
  int mapMatching(Handle h, String sku, String shopId) {
    return h.createUpdate(
            """
            UPDATE hub_listing SET sku = :sku, mapped_by = 'AUTO', push_seq = push_seq + 1
            WHERE sku IS NULL AND gone = FALSE AND (:shop = '' OR shop_id = :shop)
              AND ((option_value = '' AND seller_code = :sku)
                OR (option_value <> '' AND option_code = :sku))
              AND EXISTS (SELECT 1 FROM hub_sku s WHERE s.sku = :sku)""")
        .bind("sku", sku)
        .bind("shop", shopId == null ? "" : shopId)
        .execute();
  }

  /** Maps every unmapped unit of a shop whose code names an existing SKU. */
  int mapAllMatching(Handle h, String shopId) {
    return h.createUpdate(
            """
            UPDATE hub_listing SET mapped_by = 'AUTO', push_seq = push_seq + 1,
              sku = (SELECT s.sku FROM hub_sku s WHERE s.sku =
                CASE WHEN hub_listing.option_value = '' THEN hub_listing.seller_code
                  ELSE hub_listing.option_code END)
            WHERE shop_id = :shop AND sku IS NULL AND gone = FALSE
              AND EXISTS (SELECT 1 FROM hub_sku s WHERE s.sku =
                CASE WHEN hub_listing.option_value = '' THEN hub_listing.seller_code
                  ELSE hub_listing.option_code END)""")
        .bind("shop", shopId)
        .execute();
  }

  /** Makes a push due for every unit of the SKU in the shops whose mode wants this cause. */
  void markDue(Handle h, String sku, boolean shipmentCause) {
    h.createUpdate(
            """
            UPDATE hub_listing SET push_seq = push_seq + 1, push_attempts = 0, next_push_at = NULL
            WHERE sku = :sku AND gone = FALSE AND (:shipment OR NOT EXISTS (
              SELECT 1 FROM hub_shop_stock r WHERE r.shop_id = hub_listing.shop_id
                AND r.push_mode = 'AT_SHIPMENT'))""")
        .bind("sku", sku)
        .bind("shipment", shipmentCause)
        .execute();
  }

  /** Makes a push due for every mapped unit of a shop (its rules changed). */
  void markShopDue(Handle h, String shopId) {
    h.createUpdate(
            "UPDATE hub_listing SET push_seq = push_seq + 1, push_attempts = 0, next_push_at = NULL"
                + " WHERE shop_id = :shop AND sku IS NOT NULL")
        .bind("shop", shopId)
        .execute();
  }

  /** Makes a push due for the given units (a reconciliation's fix). */
  void markDue(Handle h, List<Long> ids) {
    if (ids.isEmpty()) {
      return;
    }
    h.createUpdate(
            "UPDATE hub_listing SET push_seq = push_seq + 1, push_attempts = 0,"
                + " next_push_at = NULL WHERE id IN (<ids>)")
        .bindList("ids", ids)
        .execute();
  }

  /** Mapped units with a push due now, with their push sequence, oldest first. */
  List<DuePush> due(Handle h, Instant now, int limit) {
    return h.createQuery(
            COLUMNS
                + """
                WHERE l.sku IS NOT NULL AND l.gone = FALSE AND l.push_seq > l.pushed_seq
                  AND (l.next_push_at IS NULL OR l.next_push_at <= :now)
                ORDER BY l.shop_id, l.id FETCH FIRST :limit ROWS ONLY""")
        .bind("now", now)
        .bind("limit", limit)
        .map(
            (rs, c) -> new DuePush(listing(rs), rs.getLong("push_seq"), rs.getInt("push_attempts")))
        .list();
  }

  /** A push arrived: it covers every change up to {@code seq}. */
  void pushed(Handle h, long id, long seq, int qty, Instant now) {
    h.createUpdate(
            """
            UPDATE hub_listing SET pushed_seq = :seq, pushed_qty = :qty, pushed_at = :now,
              qoo10_qty = :qty, checked_at = :now, push_attempts = 0, next_push_at = NULL,
              push_error = ''
            WHERE id = :id AND pushed_seq < :seq""")
        .bind("id", id)
        .bind("seq", seq)
        .bind("qty", qty)
        .bind("now", now)
        .execute();
  }

  void pushFailed(Handle h, long id, int attempts, Instant retryAt, String error) {
    h.createUpdate(
            """
            UPDATE hub_listing SET push_attempts = :attempts, next_push_at = :retry,
              push_error = :error WHERE id = :id""")
        .bind("id", id)
        .bind("attempts", attempts)
        .bind("retry", retryAt)
        .bind("error", HubJdbi.clip(error, 1000))
        .execute();
  }

  /** Records what Qoo10 showed at a read-back. */
  void checked(Handle h, long id, int qty, Instant now) {
    h.createUpdate("UPDATE hub_listing SET qoo10_qty = :qty, checked_at = :now WHERE id = :id")
        .bind("id", id)
        .bind("qty", qty)
        .bind("now", now)
        .execute();
  }

  static Listing listing(ResultSet rs) throws SQLException {
    return new Listing(
        rs.getLong("id"),
        rs.getString("shop_id"),
        rs.getString("item_code"),
        rs.getString("option_value"),
        rs.getString("option_name"),
        rs.getString("option_code"),
        rs.getString("seller_code"),
        rs.getString("title"),
        rs.getLong("price"),
        HubJdbi.date(rs, "expire_date"),
        rs.getInt("qoo10_qty"),
        rs.getString("sku"),
        rs.getString("mapped_by"),
        HubJdbi.integer(rs, "pushed_qty"),
        HubJdbi.instant(rs, "pushed_at"),
        rs.getString("push_error"),
        rs.getLong("push_seq") > rs.getLong("pushed_seq"));
  }

  /** A unit whose push is due, the sequence the push will cover, and the failures so far. */
  record DuePush(Listing listing, long seq, int attempts) {}
}
