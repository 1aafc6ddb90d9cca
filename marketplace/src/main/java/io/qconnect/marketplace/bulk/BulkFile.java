package io.qconnect.marketplace.bulk;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an uploaded file: its encoding (a UTF-8 byte-order mark, else strict UTF-8, else strict
 * windows-31j — Excel's "Shift_JIS"), its header row against the formats it may be, and its data
 * rows. A file that cannot be decoded, or whose header is not one of the formats, is refused as a
 * whole, naming the row and column; a data row with the wrong number of cells is only that row's
 * failure. Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
final class BulkFile {
  static final Charset SJIS = Charset.forName("windows-31j");

  private BulkFile() {}

  /** What reading came to. */
  sealed interface Read {
    /** A file of {@code format}: its data rows, in order. */
    record Rows(BulkFormat format, String encoding, List<Row> rows) implements Read {}

    /** The file is refused as a whole. */
    record Refused(String encoding, String message) implements Read {}
  }

  /** A data row: its number (header = 1) and its cells. */
  record Row(int number, List<String> cells) {}

  /**
   * Reads {@code bytes} named {@code name} as one of {@code formats} (the first whose header
   * matches).
   */
  static Read read(String name, byte[] bytes, List<BulkFormat> formats) {
    Decoded d = decode(bytes);
    if (d.error() != null) {
      return new Read.Refused("", d.error());
    }
    List<CsvRecord> records = new ArrayList<>();
    CsvReader.builder()
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .ofCsvRecord(d.text())
        .forEach(records::add);
    if (records.isEmpty()) {
      return new Read.Refused(d.encoding(), name + ": 空のファイルです（1行目に見出し行が必要です）");
    }
    List<String> header = records.get(0).getFields();
    BulkFormat best = formats.get(0);
    int bestScore = -1;
    for (BulkFormat f : formats) {
      int score = matching(f, header);
      if (score == f.columns().size() && header.size() == f.columns().size()) {
        return new Read.Rows(f, d.encoding(), rows(records));
      }
      if (score > bestScore) {
        best = f;
        bestScore = score;
      }
    }
    return new Read.Refused(d.encoding(), headerProblem(name, best, header));
  }

  private static List<Row> rows(List<CsvRecord> records) {
    List<Row> out = new ArrayList<>(records.size());
    for (int i = 1; i < records.size(); i++) {
      List<String> cells = records.get(i).getFields();
      if (cells.stream().allMatch(String::isBlank)) {
        continue;
      }
      out.add(new Row(i + 1, cells));
    }
    return out;
  }

  /** How many header cells match from the first on. */
  private static int matching(BulkFormat f, List<String> header) {
    int n = 0;
    while (n < header.size()
        && n < f.columns().size()
        && f.columns().get(n).accepts(header.get(n))) {
      n++;
    }
    return n;
  }

  private static String headerProblem(String name, BulkFormat f, List<String> header) {
    int i = matching(f, header);
    String where = name + " の1行目 " + (i + 1) + "列目";
    if (i < f.columns().size()) {
      String found = i < header.size() ? header.get(i) : "";
      return where
          + "（"
          + f.columns().get(i).header()
          + "）: 見出しが違います。「"
          + found
          + "」ではなく「"
          + f.columns().get(i).header()
          + "」が必要です（"
          + f.fileName()
          + " の見出し: "
          + String.join(",", f.headers())
          + "）";
    }
    return where
        + ": 見出しの列が多すぎます（"
        + f.columns().size()
        + "列: "
        + String.join(",", f.headers())
        + "）";
  }

  /** The text, or an error naming the row and column of the first byte no encoding accepts. */
  record Decoded(String text, String encoding, String error) {}

  static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF
        && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF) {
      int bad = badAt(bytes, 3, StandardCharsets.UTF_8);
      if (bad >= 0) {
        return new Decoded(null, "UTF-8", undecodable(bytes, bad, "UTF-8"));
      }
      return new Decoded(
          new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8", null);
    }
    if (badAt(bytes, 0, StandardCharsets.UTF_8) < 0) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8", null);
    }
    int bad = badAt(bytes, 0, SJIS);
    if (bad >= 0) {
      return new Decoded(null, "", undecodable(bytes, bad, "UTF-8 でも Shift_JIS (windows-31j)"));
    }
    return new Decoded(new String(bytes, SJIS), "Shift_JIS", null);
  }

  /** The offset of the first byte {@code cs} cannot decode, or -1. */
  private static int badAt(byte[] bytes, int from, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      r = dec.flush(out);
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      return -1;
    }
  }

  /** "row R, column C": lines and commas counted up to the byte (quotes are not considered). */
  private static String undecodable(byte[] bytes, int at, String tried) {
    int row = 1;
    int col = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        row++;
        col = 1;
      } else if (bytes[i] == ',') {
        col++;
      }
    }
    return row
        + "行目 "
        + col
        + "列目: 文字コードを読めません（"
        + tried
        + " でもない文字があります）。UTF-8 か Shift_JIS で保存してください";
  }
}
