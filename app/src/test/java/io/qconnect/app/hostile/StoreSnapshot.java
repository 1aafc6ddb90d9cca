package io.qconnect.app.hostile;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the databases hold, table by table: the row count and an order-independent checksum of every
 * row's values. Two snapshots are equal exactly when no row was added, removed or changed (up to
 * hash collisions). The scheduler's own bookkeeping tables are left out.
 */
record StoreSnapshot(Map<String, String> tables) {
  private static final Set<String> IGNORED = Set.of("hub_lock", "scheduled_tasks");

  static StoreSnapshot take(List<String> jdbcUrls) {
    Map<String, String> out = new TreeMap<>();
    for (String url : jdbcUrls) {
      try (Connection c = DriverManager.getConnection(url, "", "");
          Statement st = c.createStatement()) {
        List<String> names = new ArrayList<>();
        try (ResultSet rs =
            st.executeQuery(
                "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
          while (rs.next()) {
            names.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
          }
        }
        for (String t : names) {
          if (IGNORED.contains(t) || t.startsWith("flyway")) {
            continue;
          }
          long count = 0;
          long sum = 0;
          try (ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              StringBuilder row = new StringBuilder();
              for (int i = 1; i <= cols; i++) {
                row.append(rs.getString(i)).append('\u0001');
              }
              count++;
              sum += mix(row.toString().hashCode()) ^ mix(row.reverse().toString().hashCode());
            }
          }
          out.put(t, count + " rows #" + Long.toHexString(sum));
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot snapshot " + url, e);
      }
    }
    return new StoreSnapshot(out);
  }

  private static long mix(long h) {
    h *= 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  /** The tables whose content differs, with both states. */
  String diff(StoreSnapshot after) {
    StringBuilder s = new StringBuilder();
    for (String t : after.tables.keySet()) {
      String before = tables.get(t);
      if (!after.tables.get(t).equals(before)) {
        s.append(t).append(": ").append(before).append(" -> ").append(after.tables.get(t));
        s.append("; ");
      }
    }
    return s.toString();
  }
}
