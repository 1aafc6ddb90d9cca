package io.qconnect.protocol.calendar;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published list of Japanese holidays 1970–2050 in {@code shared/data}, converted from the npm
 * package {@code @holiday-jp/holiday_jp}: an independent source to check the rules against.
 */
final class HolidayOracle {

  static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2050, 12, 31);

  private static final String FILE = "data/jp-holidays-1970-2050.csv";

  private HolidayOracle() {}

  /** Every holiday in the oracle, by date. */
  static Map<LocalDate, Holiday> load() {
    Map<LocalDate, Holiday> holidays = new TreeMap<>();
    Path file = sharedDir().resolve(FILE);
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
      for (NamedCsvRecord row : csv) {
        LocalDate date = LocalDate.parse(row.getField("date"));
        holidays.put(date, new Holiday(date, row.getField("name"), row.getField("name_en")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday oracle " + file, e);
    }
    return holidays;
  }

  /**
   * The {@code shared} directory next to the repository: from {@code qc.shared.dir}, which surefire
   * sets, else the first {@code shared} sibling with a {@code data} directory found walking up from
   * the working directory (for runs from an IDE).
   */
  static Path sharedDir() {
    String configured = System.getProperty("qc.shared.dir");
    if (configured != null && Files.isDirectory(Path.of(configured, "data"))) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path sibling = dir.resolveSibling("shared");
      if (dir.getParent() != null && Files.isDirectory(sibling.resolve("data"))) {
        return sibling;
      }
    }
    throw new IllegalStateException(
        "no shared/data directory: set -Dqc.shared.dir or run inside the repository");
  }
}
