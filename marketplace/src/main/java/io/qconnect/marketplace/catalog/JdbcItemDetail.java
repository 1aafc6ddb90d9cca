package io.qconnect.marketplace.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * GetItemDetailInfo's read ({@code mk_item} with {@code mk_item_extra}): the hottest read of QAPI,
 * in one statement, by plain JDBC and by position. Stateless.
 */
final class JdbcItemDetail {
  /** The columns of {@code mk_item} as {@link #findWithItem} selects them (prefixed). */
  private static final String ITEM_COLUMNS =
      java.util.Arrays.stream(JdbcCatalogStore.COLUMNS.split(","))
          .map(c -> "i." + c.strip())
          .collect(java.util.stream.Collectors.joining(", "));

  /**
   * The columns of {@code mk_item_extra} that {@link JdbcItemExtras#base} reads, each after a
   * comma.
   */
  private static final String EXTRA_COLUMNS =
      JdbcItemExtras.COLUMNS.stream()
          .sorted()
          .map(c -> ", x." + c)
          .collect(java.util.stream.Collectors.joining());

  /**
   * The seller's own item and its extras in one read (GetItemDetailInfo): the item row, its extras
   * row and whether it has additional options and images at all; those lists are read only when
   * there are some, through {@code jdbi}. The same item and extras as {@link
   * JdbcCatalogStore#find(Handle, String, ItemRef)} then {@link JdbcItemExtras#find}.
   *
   * <p>The row is read by plain JDBC on a connection of {@code pool}, by position: this is the
   * hottest read of QAPI, and opening a JDBI handle, binding and mapping by name through JDBI cost
   * about as much as H2's execution of the query (see the README's benchmark notes). Both reads are
   * single statements without a transaction, as they were on one handle.
   */
  Optional<Detail> findWithItem(DataSource pool, Jdbi jdbi, String sellerId, ItemRef ref) {
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String sql = ref.byItemCode() ? DETAIL_BY_ITEM_CODE : DETAIL_BY_SELLER_CODE;
    DetailRow row;
    try (Connection conn = pool.getConnection();
        PreparedStatement p = conn.prepareStatement(sql)) {
      p.setString(1, sellerId);
      p.setString(2, ref.byItemCode() ? ref.itemCode() : ref.sellerCode());
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Columns c = Columns.of(sql, rs);
        row =
            new DetailRow(
                JdbcItemRows.item(rs, c),
                rs.getString(c.at("extra_item_code")) == null
                    ? ItemExtras.NONE
                    : JdbcItemExtras.base(rs, c),
                rs.getLong(c.at("extra_options")) > 0,
                rs.getLong(c.at("extra_images")) > 0);
      }
    } catch (SQLException e) {
      throw new UnableToExecuteStatementException(e, null);
    }
    if (!row.options() && !row.images()) {
      return Optional.of(new Detail(row.item(), row.extras()));
    }
    return Optional.of(
        new Detail(
            row.item(),
            jdbi.withHandle(
                h ->
                    JdbcItemExtras.withLists(
                        h, row.item().itemCode(), row.extras(), row.options(), row.images()))));
  }

  private static final String DETAIL_SELECT =
      "SELECT "
          + ITEM_COLUMNS
          + EXTRA_COLUMNS
          + ", x.item_code AS extra_item_code, x.add_option_count AS extra_options,"
          + " x.image_count AS extra_images"
          + " FROM mk_item i LEFT JOIN mk_item_extra x ON x.item_code = i.item_code"
          + " WHERE i.seller_id = ? AND ";

  private static final String DETAIL_BY_ITEM_CODE = DETAIL_SELECT + "i.item_code = ?";

  private static final String DETAIL_BY_SELLER_CODE = DETAIL_SELECT + "i.seller_code = ?";

  /** An item and its extras. */
  record Detail(Item item, ItemExtras extras) {}

  private record DetailRow(Item item, ItemExtras extras, boolean options, boolean images) {}
}
