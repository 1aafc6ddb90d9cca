package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.OptionAxis;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/** The SQL of {@code mk_item_option}: up to three name/value axes per row, ordered by seq. */
final class JdbcOptions {
  static final String AXES_MATCH =
      """
      name1 = :name1 AND value1 = :value1 AND name2 = :name2 AND value2 = :value2
      AND name3 = :name3 AND value3 = :value3""";

  private JdbcOptions() {}

  static List<ItemOption> list(Handle h, String itemCode) {
    return h.createQuery("SELECT * FROM mk_item_option WHERE item_code = :code ORDER BY seq")
        .bind("code", itemCode)
        .map(JdbcOptions::option)
        .list();
  }

  static boolean any(Handle h, String itemCode) {
    return h.createQuery("SELECT COUNT(*) FROM mk_item_option WHERE item_code = :code")
            .bind("code", itemCode)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  static void insert(Handle h, ItemOption o) {
    Update u =
        h.createUpdate(
            """
            INSERT INTO mk_item_option (item_code, seq, name1, value1, name2, value2, name3,
              value3, price_delta, qty, option_code)
            VALUES (:code, :seq, :name1, :value1, :name2, :value2, :name3, :value3, :delta, :qty,
              :optionCode)""");
    bindRow(u, o).execute();
  }

  /** Writes price delta, stock and option code of the row at {@code seq}. */
  static void update(Handle h, ItemOption o) {
    Update u =
        h.createUpdate(
            """
            UPDATE mk_item_option SET price_delta = :delta, qty = :qty, option_code = :optionCode
            WHERE item_code = :code AND seq = :seq""");
    bindRow(u, o).execute();
  }

  /** Writes every column of the row at {@code seq}, its axes included. */
  static void rewrite(Handle h, ItemOption o) {
    Update u =
        h.createUpdate(
            """
            UPDATE mk_item_option SET name1 = :name1, value1 = :value1, name2 = :name2,
              value2 = :value2, name3 = :name3, value3 = :value3, price_delta = :delta, qty = :qty,
              option_code = :optionCode
            WHERE item_code = :code AND seq = :seq""");
    bindRow(u, o).execute();
  }

  static void delete(Handle h, String itemCode, int seq) {
    h.createUpdate("DELETE FROM mk_item_option WHERE item_code = :code AND seq = :seq")
        .bind("code", itemCode)
        .bind("seq", seq)
        .execute();
  }

  static void deleteAll(Handle h, String itemCode) {
    h.createUpdate("DELETE FROM mk_item_option WHERE item_code = :code")
        .bind("code", itemCode)
        .execute();
  }

  /** Binds the item code, seq and the axes of an option, blank for the unused axes. */
  static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindAxes(T s, ItemOption o) {
    s.bind("code", o.itemCode()).bind("seq", o.seq());
    for (int i = 0; i < ItemOption.MAX_AXES; i++) {
      OptionAxis a = i < o.axes().size() ? o.axes().get(i) : null;
      s.bind("name" + (i + 1), a == null ? "" : a.name());
      s.bind("value" + (i + 1), a == null ? "" : a.value());
    }
    return s;
  }

  private static Update bindRow(Update u, ItemOption o) {
    return bindAxes(u, o)
        .bind("delta", o.priceDelta())
        .bind("qty", o.qty())
        .bind("optionCode", o.optionCode());
  }

  private static ItemOption option(ResultSet rs, StatementContext ctx) throws SQLException {
    List<OptionAxis> axes = new ArrayList<>();
    for (int i = 1; i <= ItemOption.MAX_AXES; i++) {
      String name = rs.getString("name" + i);
      if (!name.isEmpty()) {
        axes.add(new OptionAxis(name, rs.getString("value" + i)));
      }
    }
    return new ItemOption(
        rs.getString("item_code"),
        rs.getInt("seq"),
        axes,
        rs.getLong("price_delta"),
        rs.getInt("qty"),
        rs.getString("option_code"));
  }
}
