package io.qconnect.hub.stock;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What the shipping instructions read of the stock ({@code hub_stock_line}, {@code hub_listing}):
 * plain reads that lock nothing, so that instructing lines never waits on an import's stock step.
 */
final class JdbcPickStore {

  /** The SKU an order line holds stock of, if it holds any. */
  Optional<String> heldSku(Handle h, String shopId, long orderNo) {
    return h.createQuery(
            """
            SELECT sku FROM hub_stock_line
            WHERE shop_id = :shop AND order_no = :no AND sku IS NOT NULL""")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .mapTo(String.class)
        .findOne();
  }

  /** Whether one of the shop's units is mapped to a SKU or one of its lines holds stock. */
  boolean keepsStock(Handle h, String shopId) {
    return h.createQuery(
                """
            SELECT CASE WHEN EXISTS (SELECT 1 FROM hub_stock_line WHERE shop_id = :shop)
              OR EXISTS (SELECT 1 FROM hub_listing WHERE shop_id = :shop AND sku IS NOT NULL)
              THEN 1 ELSE 0 END""")
            .bind("shop", shopId)
            .mapTo(Integer.class)
            .one()
        == 1;
  }

  /** Order numbers of the shop's lines in the hub status that hold stock, oldest first. */
  List<Long> linkedLines(Handle h, String shopId, String hubStatus, int limit) {
    return h.createQuery(
            """
            SELECT o.order_no FROM hub_order_line o
            JOIN hub_stock_line s ON s.shop_id = o.shop_id AND s.order_no = o.order_no
            WHERE o.shop_id = :shop AND o.hub_status = :status AND s.sku IS NOT NULL
            ORDER BY o.order_no FETCH FIRST :limit ROWS ONLY""")
        .bind("shop", shopId)
        .bind("status", hubStatus)
        .bind("limit", limit)
        .mapTo(Long.class)
        .list();
  }

  /**
   * Order numbers of the shop's lines in the hub status whose codes name no SKU (see {@link
   * JdbcStockStore#unmappedLines}), newest first.
   */
  List<Long> unlinkedLines(Handle h, String shopId, String hubStatus, int limit) {
    return h.createQuery(
            """
            SELECT o.order_no FROM hub_order_line o
            WHERE o.shop_id = :shop AND o.hub_status = :status AND o.qty > 0
              AND NOT EXISTS (SELECT 1 FROM hub_stock_line s
                WHERE s.shop_id = o.shop_id AND s.order_no = o.order_no)
            ORDER BY o.order_no DESC FETCH FIRST :limit ROWS ONLY""")
        .bind("shop", shopId)
        .bind("status", hubStatus)
        .bind("limit", limit)
        .mapTo(Long.class)
        .list();
  }
}
