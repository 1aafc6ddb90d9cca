package io.qconnect.marketplace.core;

import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * A paged, case-insensitive search of one table for a part of a text: its {@code where} clause
 * compares lower-cased columns with {@code LIKE :q ESCAPE '!'}, {@code :q} being {@link
 * ListPage#contains} of the part in lower case ("" matches every row). Stateless: every method runs
 * on the caller's handle.
 *
 * @param columns the columns read ({@code *} for all)
 * @param table the table searched
 * @param where the condition, without {@code WHERE}
 * @param order the order of the rows, without {@code ORDER BY}
 * @param mapper maps a row read
 */
public record LikeSearch<T>(
    String columns, String table, String where, String order, RowMapper<T> mapper) {

  /** The rows from {@code offset} on, at most {@code limit}, whose columns contain {@code part}. */
  public List<T> rows(Handle h, String part, long offset, int limit) {
    return h.createQuery(
            "SELECT "
                + columns
                + " FROM "
                + table
                + " WHERE "
                + where
                + " ORDER BY "
                + order
                + " LIMIT :limit OFFSET :offset")
        .bind("q", pattern(part))
        .bind("limit", limit)
        .bind("offset", offset)
        .map(mapper)
        .list();
  }

  /** How many rows contain {@code part}, over every page. */
  public int count(Handle h, String part) {
    return h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where)
        .bind("q", pattern(part))
        .mapTo(Integer.class)
        .one();
  }

  private static String pattern(String part) {
    return ListPage.contains(part.toLowerCase(Locale.ROOT));
  }
}
