package io.qconnect.protocol.calendar;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published list of Japanese holidays 1970–2050, converted from the npm package {@code
 * @holiday-jp/holiday_jp} (MIT licence) and kept in the test resources under {@code calendar/}: an
 * independent source to check the rules against.
 */
final class HolidayOracle {

  static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2050, 12, 31);

  private static final String RESOURCE = "/calendar/jp-holidays-1970-2050.csv";

  private HolidayOracle() {}

  /** Every holiday in the oracle, by date. */
  static Map<LocalDate, Holiday> load() {
    Map<LocalDate, Holiday> holidays = new TreeMap<>();
    InputStream in = HolidayOracle.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "the holiday oracle " + RESOURCE + " is not on the classpath");
    }
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord row : csv) {
        LocalDate date = LocalDate.parse(row.getField("date"));
        holidays.put(date, new Holiday(date, row.getField("name"), row.getField("name_en")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday oracle " + RESOURCE, e);
    }
    return holidays;
  }
}
