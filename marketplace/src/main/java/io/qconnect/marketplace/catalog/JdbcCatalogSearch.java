package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.OptionAxis;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The searches of the item screens and the catalogue files: a seller's items by {@link ItemQuery}
 * and their options by {@link OptionQuery}, counted, by page, or as a stream read with a fetch size
 * (a cursor on PostgreSQL inside the caller's transaction), so that an export of a million rows
 * never holds them all. Stateless; the caller opens the transaction.
 */
final class JdbcCatalogSearch {
  /** Rows fetched per round trip while streaming. */
  static final int FETCH_SIZE = 1000;

  private static final String GOODS_COLUMNS =
      """
      item_code, seller_code, title, price, qty, expire_date, supply_price, commission_percent,
      shipping_fee, shipping_fee_type""";

  private static final String Q_STOCK_CODE =
      "CONCAT('Q', o.item_code, '-', LPAD(CAST(o.seq AS VARCHAR(10)), 3, '0'))";

  int count(Handle h, String sellerId, ItemQuery q) {
    return items(h, "SELECT COUNT(*) FROM mk_item", sellerId, q, "").mapTo(Integer.class).one();
  }

  List<Item> page(Handle h, String sellerId, ItemQuery q, long offset, int limit) {
    return items(
            h,
            "SELECT " + JdbcCatalogStore.COLUMNS + " FROM mk_item",
            sellerId,
            q,
            " ORDER BY item_code LIMIT :limit OFFSET :offset")
        .bind("limit", limit)
        .bind("offset", offset)
        .map(JdbcItemRows::item)
        .list();
  }

  /** The matching items in item-code order, read {@value #FETCH_SIZE} at a time. */
  ResultIterable<GoodsRow> goods(Handle h, String sellerId, ItemQuery q) {
    return items(h, "SELECT " + GOODS_COLUMNS + " FROM mk_item", sellerId, q, " ORDER BY item_code")
        .setFetchSize(FETCH_SIZE)
        .map(JdbcCatalogSearch::goodsRow);
  }

  int countOptions(Handle h, String sellerId, OptionQuery q) {
    return options(h, "SELECT COUNT(*)", sellerId, q, "").mapTo(Integer.class).one();
  }

  List<OptionLine> optionPage(Handle h, String sellerId, OptionQuery q, long offset, int limit) {
    return options(
            h,
            "SELECT o.*, i.seller_code",
            sellerId,
            q,
            " ORDER BY o.item_code, o.seq LIMIT :limit OFFSET :offset")
        .bind("limit", limit)
        .bind("offset", offset)
        .map(JdbcCatalogSearch::optionLine)
        .list();
  }

  /** The matching options in item-code and option order, read {@value #FETCH_SIZE} at a time. */
  ResultIterable<OptionLine> optionLines(Handle h, String sellerId, OptionQuery q) {
    return options(h, "SELECT o.*, i.seller_code", sellerId, q, " ORDER BY o.item_code, o.seq")
        .setFetchSize(FETCH_SIZE)
        .map(JdbcCatalogSearch::optionLine);
  }

  boolean usesQStockCode(Handle h, String sellerId) {
    return h.createQuery(
            "SELECT use_q_stock_code FROM mk_catalogue_setting WHERE seller_id = :seller")
        .bind("seller", sellerId)
        .mapTo(Boolean.class)
        .findOne()
        .orElse(false);
  }

  void useQStockCode(Handle h, String sellerId, boolean use) {
    int n =
        h.createUpdate(
                "UPDATE mk_catalogue_setting SET use_q_stock_code = :use WHERE seller_id = :seller")
            .bind("use", use)
            .bind("seller", sellerId)
            .execute();
    if (n == 0) {
      h.createUpdate(
              "INSERT INTO mk_catalogue_setting (seller_id, use_q_stock_code) VALUES (:seller, :use)")
          .bind("use", use)
          .bind("seller", sellerId)
          .execute();
    }
  }

  private static Query items(Handle h, String select, String sellerId, ItemQuery q, String tail) {
    StringBuilder sql = new StringBuilder(select).append(" WHERE seller_id = :seller");
    if (q.status() != null) {
      sql.append(" AND status = :status");
    }
    switch (q.stock()) {
      case IN_STOCK -> sql.append(" AND qty > 0");
      case OUT_OF_STOCK -> sql.append(" AND qty = 0");
      case ALL -> {}
    }
    if (!q.terms().isEmpty()) {
      sql.append(
          switch (q.by()) {
            case ITEM_CODE -> " AND item_code IN (<terms>)";
            case SELLER_CODE -> " AND seller_code IN (<terms>)";
            case TITLE -> " AND LOWER(title) LIKE :like ESCAPE '\\'";
          });
    }
    Query query = h.createQuery(sql.append(tail).toString()).bind("seller", sellerId);
    if (q.status() != null) {
      query.bind("status", q.status().code());
    }
    if (!q.terms().isEmpty()) {
      if (q.by() == ItemQuery.SearchBy.TITLE) {
        query.bind(
            "like", "%" + likeEscaped(q.terms().get(0).toLowerCase(java.util.Locale.ROOT)) + "%");
      } else {
        query.bindList("terms", q.terms());
      }
    }
    return query;
  }

  private static Query options(
      Handle h, String select, String sellerId, OptionQuery q, String tail) {
    StringBuilder sql =
        new StringBuilder(select)
            .append(" FROM mk_item_option o JOIN mk_item i ON i.item_code = o.item_code")
            .append(" WHERE i.seller_id = :seller");
    if (!q.itemCodes().isEmpty()) {
      sql.append(" AND o.item_code IN (<items>)");
    }
    if (!q.optionCodes().isEmpty()) {
      sql.append(" AND (o.option_code IN (<codes>) OR " + Q_STOCK_CODE + " IN (<codes>))");
    }
    Query query = h.createQuery(sql.append(tail).toString()).bind("seller", sellerId);
    if (!q.itemCodes().isEmpty()) {
      query.bindList("items", q.itemCodes());
    }
    if (!q.optionCodes().isEmpty()) {
      query.bindList("codes", q.optionCodes());
    }
    return query;
  }

  private static String likeEscaped(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static GoodsRow goodsRow(ResultSet rs, StatementContext ctx) throws SQLException {
    return new GoodsRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getLong(4),
        rs.getInt(5),
        rs.getObject(6, java.time.LocalDate.class),
        new ItemTerms(
            rs.getLong(7), rs.getInt(8), rs.getLong(9), ShippingFeeType.valueOf(rs.getString(10))));
  }

  private static OptionLine optionLine(ResultSet rs, StatementContext ctx) throws SQLException {
    List<OptionAxis> axes = new ArrayList<>(ItemOption.MAX_AXES);
    for (int i = 1; i <= ItemOption.MAX_AXES; i++) {
      String name = rs.getString("name" + i);
      if (!name.isEmpty()) {
        axes.add(new OptionAxis(name, rs.getString("value" + i)));
      }
    }
    ItemOption o =
        new ItemOption(
            rs.getString("item_code"),
            rs.getInt("seq"),
            axes,
            rs.getLong("price_delta"),
            rs.getInt("qty"),
            rs.getString("option_code"));
    return new OptionLine(
        rs.getString("seller_code"), DataKind.valueOf(rs.getString("data_kind")), o);
  }
}
