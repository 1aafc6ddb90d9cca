package io.qconnect.marketplace.catalog;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The positions of a SELECT's columns by label, read once from the metadata of its first result and
 * kept per SQL text. A row read by label asks the driver to find each label, and H2 builds a map of
 * every label of every result set for that: for GetItemDetailInfo that cost more than reading the
 * values (see the README's benchmark notes).
 */
final class Columns {
  /** At most this many SQL texts are kept: the store's SELECTs are a handful of constants. */
  private static final int MAX_KEPT = 256;

  private static final Map<String, Columns> BY_SQL = new ConcurrentHashMap<>();

  private final Map<String, Integer> positions;

  private Columns(Map<String, Integer> positions) {
    this.positions = positions;
  }

  /** The columns of {@code rs}, the result of {@code sql}. */
  static Columns of(String sql, ResultSet rs) throws SQLException {
    Columns known = BY_SQL.get(sql);
    if (known != null) {
      return known;
    }
    Columns read = read(rs.getMetaData());
    if (BY_SQL.size() < MAX_KEPT) {
      BY_SQL.putIfAbsent(sql, read);
    }
    return read;
  }

  private static Columns read(ResultSetMetaData md) throws SQLException {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = md.getColumnCount(); i >= 1; i--) { // the first of two equal labels wins
      // interned, as the labels the mappers pass are (string literals): a lookup then matches by
      // identity instead of comparing the characters of each label
      positions.put(md.getColumnLabel(i).toLowerCase(Locale.ROOT).intern(), i);
    }
    return new Columns(positions); // never changed after this
  }

  /** The position of the column labelled {@code label} (lower case). */
  int at(String label) throws SQLException {
    Integer i = positions.get(label);
    if (i == null) {
      throw new SQLException("no column " + label + " in " + positions.keySet());
    }
    return i;
  }
}
