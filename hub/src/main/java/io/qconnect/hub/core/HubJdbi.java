package io.qconnect.hub.core;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * The one JDBI setup of the hub, and the one place where times cross JDBC. Instants go to {@code
 * TIMESTAMP WITH TIME ZONE} as UTC offsets; Qoo10's Japan wall-clock times and dates go to {@code
 * TIMESTAMP} and {@code DATE} as they are. Both are bound with {@code setObject}, so the JVM's
 * default time zone never shifts a value (H2 and PostgreSQL behave the same).
 */
public final class HubJdbi {
  private HubJdbi() {}

  public static Jdbi create(DataSource ds) {
    Jdbi jdbi = Jdbi.create(ds);
    jdbi.registerArgument(new InstantArgument());
    jdbi.registerArgument(new LocalDateTimeArgument());
    jdbi.registerArgument(new LocalDateArgument());
    return jdbi;
  }

  /** An instant column, or null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** A Japan wall-clock column, or null. */
  public static LocalDateTime jst(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDateTime.class);
  }

  /** A date column, or null. */
  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  /** A nullable integer column. */
  public static Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** A text cut to a column of {@code max} characters; null becomes "". */
  public static String clip(String s, int max) {
    return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
  }

  private static final class InstantArgument extends AbstractArgumentFactory<Instant> {
    InstantArgument() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      return (pos, stmt, ctx) -> stmt.setObject(pos, value.atOffset(ZoneOffset.UTC));
    }
  }

  private static final class LocalDateTimeArgument extends AbstractArgumentFactory<LocalDateTime> {
    LocalDateTimeArgument() {
      super(Types.TIMESTAMP);
    }

    @Override
    protected Argument build(LocalDateTime value, ConfigRegistry config) {
      return (pos, stmt, ctx) -> stmt.setObject(pos, value);
    }
  }

  private static final class LocalDateArgument extends AbstractArgumentFactory<LocalDate> {
    LocalDateArgument() {
      super(Types.DATE);
    }

    @Override
    protected Argument build(LocalDate value, ConfigRegistry config) {
      return (pos, stmt, ctx) -> stmt.setObject(pos, value);
    }
  }
}
