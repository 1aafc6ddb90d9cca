package io.qconnect.hub.stock;

import io.qconnect.hub.core.HubJdbi;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A shop's stock settings ({@code hub_shop_stock}: push mode and rules) and what item imports found
 * changed on Qoo10 ({@code hub_item_change}).
 */
final class JdbcShopStockStore {

  void change(Handle h, String shopId, String itemCode, String kind, String note, Instant now) {
    h.createUpdate(
            """
            INSERT INTO hub_item_change (shop_id, item_code, kind, note, happened_at)
            VALUES (:shop, :item, :kind, :note, :now)""")
        .bind("shop", shopId)
        .bind("item", itemCode)
        .bind("kind", kind)
        .bind("note", HubJdbi.clip(note, 500))
        .bind("now", now)
        .execute();
  }

  List<ItemChange> changes(Handle h, String shopId, int limit) {
    return h.createQuery(
            """
            SELECT * FROM hub_item_change WHERE shop_id = :shop ORDER BY id DESC
            FETCH FIRST :limit ROWS ONLY""")
        .bind("shop", shopId)
        .bind("limit", limit)
        .map(
            (rs, c) ->
                new ItemChange(
                    rs.getString("item_code"),
                    rs.getString("kind"),
                    rs.getString("note"),
                    HubJdbi.instant(rs, "happened_at")))
        .list();
  }

  /** Refuses a shop the hub does not have. */
  void requireShop(Handle h, String shopId) {
    if (h.createQuery("SELECT COUNT(*) FROM hub_shop WHERE shop_id = :shop")
            .bind("shop", shopId)
            .mapTo(Integer.class)
            .one()
        == 0) {
      throw new io.qconnect.hub.core.NotFoundException("no shop " + shopId);
    }
  }

  ShopStockRules rules(Handle h, String shopId) {
    return h.createQuery("SELECT * FROM hub_shop_stock WHERE shop_id = :shop")
        .bind("shop", shopId)
        .map(
            (rs, c) ->
                new ShopStockRules(
                    PushMode.valueOf(rs.getString("push_mode")),
                    rs.getInt("keep_back"),
                    rs.getInt("keep_back_pct"),
                    HubJdbi.integer(rs, "cap")))
        .findOne()
        .orElse(ShopStockRules.defaults());
  }

  void saveRules(Handle h, String shopId, ShopStockRules r) {
    h.createUpdate("DELETE FROM hub_shop_stock WHERE shop_id = :shop")
        .bind("shop", shopId)
        .execute();
    h.createUpdate(
            """
            INSERT INTO hub_shop_stock (shop_id, push_mode, keep_back, keep_back_pct, cap)
            VALUES (:shop, :mode, :kb, :pct, :cap)""")
        .bind("shop", shopId)
        .bind("mode", r.mode().name())
        .bind("kb", r.keepBack())
        .bind("pct", r.keepBackPercent())
        .bind("cap", r.cap())
        .execute();
  }
}
