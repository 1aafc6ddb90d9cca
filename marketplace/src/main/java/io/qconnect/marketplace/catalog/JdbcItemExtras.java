package io.qconnect.marketplace.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** The item extras ({@code mk_item_extra}, {@code mk_item_add_option}, {@code mk_item_image}). */
final class JdbcItemExtras {
  /** The columns {@link #set} may write: never a name from a request. */
  static final Set<String> COLUMNS =
      Set.of(
          "item_condition",
          "use_condition",
          "used_period",
          "brief_explain",
          "sub_delivery_1",
          "sub_delivery_2",
          "attribute",
          "discount_type",
          "discount_value",
          "discount_begin",
          "discount_end",
          "limit_type",
          "limit_cnt",
          "limit_end",
          "video_url",
          "text_options",
          "header_html",
          "footer_html");

  ItemExtras find(Handle h, String itemCode) {
    ItemExtras base =
        h.createQuery("SELECT * FROM mk_item_extra WHERE item_code = :c")
            .bind("c", itemCode)
            .map((rs, ctx) -> base(rs, Columns.of(ctx.getRenderedSql(), rs)))
            .findOne()
            .orElse(ItemExtras.NONE);
    return withLists(h, itemCode, base, true, true);
  }

  static ItemExtras base(ResultSet rs, Columns c) throws SQLException {
    return new ItemExtras(
        rs.getString(c.at("item_condition")),
        rs.getString(c.at("use_condition")),
        rs.getString(c.at("used_period")),
        rs.getString(c.at("brief_explain")),
        rs.getString(c.at("sub_delivery_1")),
        rs.getString(c.at("sub_delivery_2")),
        rs.getString(c.at("attribute")),
        rs.getString(c.at("discount_type")),
        rs.getLong(c.at("discount_value")),
        rs.getObject(c.at("discount_begin"), LocalDate.class),
        rs.getObject(c.at("discount_end"), LocalDate.class),
        rs.getString(c.at("limit_type")),
        rs.getObject(c.at("limit_cnt"), Integer.class),
        rs.getObject(c.at("limit_end"), LocalDate.class),
        rs.getString(c.at("video_url")),
        rs.getString(c.at("text_options")),
        rs.getString(c.at("header_html")),
        rs.getString(c.at("footer_html")),
        List.of(),
        List.of(),
        List.of());
  }

  static ItemExtras withLists(
      Handle h, String itemCode, ItemExtras base, boolean readOptions, boolean readImages) {
    List<ItemExtras.AdditionalOption> options =
        !readOptions
            ? List.of()
            : h.createQuery("SELECT * FROM mk_item_add_option WHERE item_code = :c ORDER BY seq")
                .bind("c", itemCode)
                .map(
                    (rs, ctx) ->
                        new ItemExtras.AdditionalOption(
                            rs.getString("name"),
                            rs.getString("option_value"),
                            rs.getLong("price"),
                            rs.getString("option_code"),
                            rs.getString("image_url")))
                .list();
    List<String> images =
        !readImages
            ? List.of()
            : h.createQuery(
                    "SELECT url FROM mk_item_image WHERE item_code = :c AND kind = 'E' ORDER BY seq")
                .bind("c", itemCode)
                .mapTo(String.class)
                .list();
    List<ItemExtras.OptionImage> inventory =
        !readImages
            ? List.of()
            : h.createQuery(
                    "SELECT * FROM mk_item_image WHERE item_code = :c AND kind = 'I' ORDER BY seq")
                .bind("c", itemCode)
                .map(
                    (rs, ctx) ->
                        new ItemExtras.OptionImage(
                            rs.getString("name"),
                            rs.getString("option_value"),
                            rs.getString("url")))
                .list();
    return base.withLists(options, images, inventory);
  }

  /** Writes the given columns of the item's extras row, creating the row first if needed. */
  void set(Handle h, String itemCode, Map<String, Object> values) {
    if (!COLUMNS.containsAll(values.keySet())) {
      throw new IllegalArgumentException("not an extras column: " + values.keySet());
    }
    ensureRow(h, itemCode);
    StringBuilder sql = new StringBuilder("UPDATE mk_item_extra SET ");
    int i = 0;
    for (String col : values.keySet()) {
      sql.append(i++ == 0 ? "" : ", ").append(col).append(" = :").append(col);
    }
    Update u = h.createUpdate(sql.append(" WHERE item_code = :c").toString()).bind("c", itemCode);
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object v = e.getValue();
      if (v == null && e.getKey().equals("limit_cnt")) {
        u.bindNull(e.getKey(), java.sql.Types.INTEGER);
      } else if (v == null) {
        u.bindNull(e.getKey(), java.sql.Types.DATE);
      } else {
        u.bind(e.getKey(), v);
      }
    }
    u.execute();
  }

  /** Creates the item's extras row (all defaults) when it has none. */
  private static void ensureRow(Handle h, String itemCode) {
    boolean exists =
        h.createQuery("SELECT COUNT(*) FROM mk_item_extra WHERE item_code = :c")
                .bind("c", itemCode)
                .mapTo(Integer.class)
                .one()
            > 0;
    if (!exists) {
      h.createUpdate("INSERT INTO mk_item_extra (item_code) VALUES (:c)")
          .bind("c", itemCode)
          .execute();
    }
  }

  /**
   * Writes how many additional options and images the item has into its extras row, for {@link
   * JdbcItemDetail}: called by every write of those lists, in its transaction.
   */
  private static void recount(Handle h, String itemCode) {
    ensureRow(h, itemCode);
    h.createUpdate(
            """
            UPDATE mk_item_extra SET
              add_option_count = (SELECT COUNT(*) FROM mk_item_add_option WHERE item_code = :c),
              image_count = (SELECT COUNT(*) FROM mk_item_image WHERE item_code = :c)
            WHERE item_code = :c""")
        .bind("c", itemCode)
        .execute();
  }

  void replaceAdditionalOptions(
      Handle h, String itemCode, List<ItemExtras.AdditionalOption> options) {
    h.createUpdate("DELETE FROM mk_item_add_option WHERE item_code = :c")
        .bind("c", itemCode)
        .execute();
    int seq = 1;
    for (ItemExtras.AdditionalOption o : options) {
      h.createUpdate(
              """
              INSERT INTO mk_item_add_option
                (item_code, seq, name, option_value, price, option_code, image_url)
              VALUES (:c, :seq, :n, :v, :p, :code, :img)""")
          .bind("c", itemCode)
          .bind("seq", seq++)
          .bind("n", o.name())
          .bind("v", o.value())
          .bind("p", o.price())
          .bind("code", o.optionCode())
          .bind("img", o.imageUrl())
          .execute();
    }
    recount(h, itemCode);
  }

  /** Replaces the images of one kind: E additional images, I per-option images. */
  void replaceImages(Handle h, String itemCode, String kind, List<ItemExtras.OptionImage> rows) {
    h.createUpdate("DELETE FROM mk_item_image WHERE item_code = :c AND kind = :k")
        .bind("c", itemCode)
        .bind("k", kind)
        .execute();
    int seq = 1;
    for (ItemExtras.OptionImage r : rows) {
      h.createUpdate(
              """
              INSERT INTO mk_item_image (item_code, kind, seq, name, option_value, url)
              VALUES (:c, :k, :seq, :n, :v, :u)""")
          .bind("c", itemCode)
          .bind("k", kind)
          .bind("seq", seq++)
          .bind("n", r.name())
          .bind("v", r.value())
          .bind("u", r.url())
          .execute();
    }
    recount(h, itemCode);
  }

  /** Sets the item's own description or standard image and marks it changed. */
  void setItemText(Handle h, String itemCode, String column, String value, LocalDateTime at) {
    if (!column.equals("description") && !column.equals("image_url")) {
      throw new IllegalArgumentException("not an item text column: " + column);
    }
    h.createUpdate(
            "UPDATE mk_item SET "
                + column
                + " = :v, changed_at = :at, version = version + 1 WHERE item_code = :c")
        .bind("c", itemCode)
        .bind("v", value)
        .bind("at", at)
        .execute();
  }

  /** Marks the item changed (ChangedDate) after an edit of its extras. */
  void touch(Handle h, String itemCode, LocalDateTime at) {
    h.createUpdate(
            "UPDATE mk_item SET changed_at = :at, version = version + 1 WHERE item_code = :c")
        .bind("c", itemCode)
        .bind("at", at)
        .execute();
  }
}
