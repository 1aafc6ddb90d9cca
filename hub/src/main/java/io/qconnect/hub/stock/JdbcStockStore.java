package io.qconnect.hub.stock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The stock ledger ({@code hub_sku}, {@code hub_stock_move}) and what each order line holds ({@code
 * hub_stock_line}). Every change is one conditional UPDATE of the SKU's row, so concurrent writers
 * queue on the row and none is lost; the movement is written in the same transaction.
 */
final class JdbcStockStore {

  Optional<StockLevel> find(Handle h, String sku) {
    return h.createQuery("SELECT sku, on_hand, reserved FROM hub_sku WHERE sku = :sku")
        .bind("sku", sku)
        .map((rs, c) -> new StockLevel(rs.getString(1), rs.getInt(2), rs.getInt(3)))
        .findOne();
  }

  /** Creates the SKU at 0 when it is new; answers whether it was created. */
  boolean create(Handle h, String sku, Instant now) {
    return h.createUpdate(
                """
                INSERT INTO hub_sku (sku, on_hand, reserved, created_at, updated_at)
                VALUES (:sku, 0, 0, :now, :now) ON CONFLICT DO NOTHING""")
            .bind("sku", sku)
            .bind("now", now)
            .execute()
        == 1;
  }

  /**
   * Moves on hand and reserved by the deltas, unless on hand would fall below 0. Answers the level
   * after the move, or empty when refused (or no such SKU).
   */
  Optional<StockLevel> move(Handle h, String sku, int onHandDelta, int reservedDelta, Instant now) {
    int n =
        h.createUpdate(
                """
                UPDATE hub_sku SET on_hand = on_hand + :dh, reserved = reserved + :dr,
                  updated_at = :now
                WHERE sku = :sku AND on_hand + :dh >= 0 AND reserved + :dr >= 0""")
            .bind("sku", sku)
            .bind("dh", onHandDelta)
            .bind("dr", reservedDelta)
            .bind("now", now)
            .execute();
    return n == 1 ? find(h, sku) : Optional.empty();
  }

  /** The SKU's level, its row locked until the transaction ends. */
  Optional<StockLevel> lockForUpdate(Handle h, String sku) {
    return h.createQuery("SELECT sku, on_hand, reserved FROM hub_sku WHERE sku = :sku FOR UPDATE")
        .bind("sku", sku)
        .map((rs, c) -> new StockLevel(rs.getString(1), rs.getInt(2), rs.getInt(3)))
        .findOne();
  }

  void record(
      Handle h,
      StockLevel after,
      MoveCause cause,
      int onHandDelta,
      int reservedDelta,
      String ref,
      String note,
      Instant now) {
    h.createUpdate(
            """
            INSERT INTO hub_stock_move (sku, cause, on_hand_delta, reserved_delta, on_hand_after,
              reserved_after, ref, note, happened_at)
            VALUES (:sku, :cause, :dh, :dr, :oh, :rs, :ref, :note, :now)""")
        .bind("sku", after.sku())
        .bind("cause", cause.name())
        .bind("dh", onHandDelta)
        .bind("dr", reservedDelta)
        .bind("oh", after.onHand())
        .bind("rs", after.reserved())
        .bind("ref", clip(ref, 200))
        .bind("note", clip(note, 500))
        .bind("now", now)
        .execute();
  }

  List<StockMove> moves(Handle h, String sku, int limit) {
    return h.createQuery(
            """
            SELECT * FROM hub_stock_move WHERE sku = :sku ORDER BY id DESC
            FETCH FIRST :limit ROWS ONLY""")
        .bind("sku", sku)
        .bind("limit", limit)
        .map(
            (rs, c) ->
                new StockMove(
                    MoveCause.valueOf(rs.getString("cause")),
                    rs.getInt("on_hand_delta"),
                    rs.getInt("reserved_delta"),
                    rs.getInt("on_hand_after"),
                    rs.getInt("reserved_after"),
                    rs.getString("ref"),
                    rs.getString("note"),
                    io.qconnect.hub.core.HubJdbi.instant(rs, "happened_at")))
        .list();
  }

  List<StockLevel> list(Handle h, String after, int limit) {
    return h.createQuery(
            """
            SELECT sku, on_hand, reserved FROM hub_sku WHERE sku > :after ORDER BY sku
            FETCH FIRST :limit ROWS ONLY""")
        .bind("after", after)
        .bind("limit", limit)
        .map((rs, c) -> new StockLevel(rs.getString(1), rs.getInt(2), rs.getInt(3)))
        .list();
  }

  /** What an order line holds now, locked for this transaction. */
  Optional<HeldLine> heldLine(Handle h, String shopId, long orderNo) {
    return h.createQuery(
            """
            SELECT sku, qty, state FROM hub_stock_line
            WHERE shop_id = :shop AND order_no = :no FOR UPDATE""")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .map((rs, c) -> new HeldLine(rs.getString(1), rs.getInt(2), rs.getString(3)))
        .findOne();
  }

  /** Records what a line holds; false when another writer recorded it first. */
  boolean insertLine(Handle h, LineRef ref, String sku, int qty, String state, Instant now) {
    return h.createUpdate(
                """
                INSERT INTO hub_stock_line (shop_id, order_no, sku, qty, state, item_code,
                  seller_code, option_code, updated_at)
                VALUES (:shop, :no, :sku, :qty, :state, :item, :seller, :option, :now)
                ON CONFLICT DO NOTHING""")
            .bind("shop", ref.shopId())
            .bind("no", ref.orderNo())
            .bind("sku", sku)
            .bind("qty", qty)
            .bind("state", state)
            .bind("item", clip(ref.itemCode(), 50))
            .bind("seller", clip(ref.sellerCode(), 100))
            .bind("option", clip(ref.optionCode(), 100))
            .bind("now", now)
            .execute()
        == 1;
  }

  void updateLine(Handle h, String shopId, long orderNo, String sku, String state, Instant now) {
    h.createUpdate(
            """
            UPDATE hub_stock_line SET sku = :sku, state = :state, updated_at = :now
            WHERE shop_id = :shop AND order_no = :no""")
        .bind("shop", shopId)
        .bind("no", orderNo)
        .bind("sku", sku)
        .bind("state", state)
        .bind("now", now)
        .execute();
  }

  /**
   * Order lines whose codes name no hub SKU, newest first: the lines with a quantity that hold no
   * stock line (a line gets one as soon as its codes name a SKU).
   */
  List<LineRef> unmappedLines(Handle h, String shopId, int limit) {
    // "(:shop = '' OR ...)" on purpose: with a plain "shop_id = :shop" H2 reads the shop's lines
    // by the shop index and sorts them all (1 s for 100,000 waiting lines, against 12 ms)
    return h.createQuery(
            """
            SELECT o.shop_id, o.order_no, o.item_code, o.seller_item_code, o.option_code, o.qty
            FROM hub_order_line o
            WHERE (:shop = '' OR o.shop_id = :shop) AND o.qty > 0
              AND NOT EXISTS (SELECT 1 FROM hub_stock_line s
                WHERE s.shop_id = o.shop_id AND s.order_no = o.order_no)
            ORDER BY o.order_no DESC FETCH FIRST :limit ROWS ONLY""")
        .bind("shop", shopId == null ? "" : shopId)
        .bind("limit", limit)
        .map((rs, c) -> ref(rs))
        .list();
  }

  /**
   * A page of the order lines waiting unmapped (see {@link #unmappedLines}) that may take effect
   * now, with their hub status now, in (shop, order number) order after the given line: only those
   * whose codes match a live unit mapped to a SKU (as {@link JdbcListingStore#findByCodes} matches
   * it) or name a SKU (the option code, else the seller code). A line passed over here resolves to
   * no SKU; one given may still, should its first matching unit be unmapped.
   */
  List<WaitingLine> waiting(Handle h, String afterShop, long afterOrderNo, int limit) {
    return h.createQuery(
            """
            SELECT o.shop_id, o.order_no, o.item_code, o.seller_item_code, o.option_code, o.qty,
              o.hub_status
            FROM hub_order_line o
            WHERE (o.shop_id > :shop OR (o.shop_id = :shop AND o.order_no > :no)) AND o.qty > 0
              AND NOT EXISTS (SELECT 1 FROM hub_stock_line s
                WHERE s.shop_id = o.shop_id AND s.order_no = o.order_no)
              AND (EXISTS (SELECT 1 FROM hub_sku k WHERE k.sku =
                    CASE WHEN o.option_code = '' THEN o.seller_item_code ELSE o.option_code END)
                OR EXISTS (SELECT 1 FROM hub_listing l
                  WHERE l.shop_id = o.shop_id AND l.item_code = o.item_code
                    AND l.sku IS NOT NULL AND l.gone = FALSE AND"""
                + SAME_UNIT
                + """
                )
                OR EXISTS (SELECT 1 FROM hub_listing l
                  WHERE l.shop_id = o.shop_id AND l.seller_code = o.item_code
                    AND l.sku IS NOT NULL AND l.gone = FALSE AND"""
                + SAME_UNIT
                + """
                ))
            ORDER BY o.shop_id, o.order_no
            FETCH FIRST :limit ROWS ONLY""")
        .bind("shop", afterShop)
        .bind("no", afterOrderNo)
        .bind("limit", limit)
        .map((rs, c) -> new WaitingLine(ref(rs), rs.getString(7)))
        .list();
  }

  /** The unit l is the line o's option (or the item itself when o has no option code). */
  private static final String SAME_UNIT =
      """
       ((o.option_code = '' AND l.option_value = '')
        OR (o.option_code <> '' AND l.option_value <> '' AND l.option_code = o.option_code))""";

  private static LineRef ref(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new LineRef(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6));
  }

  /** An unmapped line and its order line's hub status now. */
  record WaitingLine(LineRef ref, String hubStatus) {}

  static String clip(String s, int max) {
    return io.qconnect.hub.core.HubJdbi.clip(s, max);
  }

  /** What one order line holds. */
  record HeldLine(String sku, int qty, String state) {}
}
