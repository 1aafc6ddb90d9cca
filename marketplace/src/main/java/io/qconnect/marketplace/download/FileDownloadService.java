package io.qconnect.marketplace.download;

import io.qconnect.marketplace.core.Times;
import io.qconnect.protocol.csv.CsvCells;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * ItemsLookup.RequestFileDownload (docs/qapi.md §7.10; docs/qapi-parity.md). apply_type item,
 * inventory, order or ship; target_from_dt and target_to_dt ({@code YYYY/MM/DD}, at most 90 days
 * apart) for order (by order date) and ship (by shipping date). The answer gives a URL where the
 * CSV (UTF-8 with a byte-order mark) can be fetched for 24 hours; the file is made from the data at
 * the time it is fetched. Codes: -10001 apply_type missing or unknown or a bad date, -10002 more
 * than 90 days, -10004 the same export already requested today, -10005 ten requests today already.
 */
public final class FileDownloadService {
  public static final int DAILY_LIMIT = 10;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;
  private final JdbcFileDownloadStore store = new JdbcFileDownloadStore();
  private final Clock clock;

  public FileDownloadService(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** The outcome of a request: 0 and the rows of the answer, or a code and why. */
  public record Result(int code, String message, List<Map<String, Object>> rows) {}

  public Result request(
      String sellerId, String type, String fromText, String toText, String email, String origin) {
    if (!List.of("item", "inventory", "order", "ship").contains(type)) {
      return fail(-10001, "apply_type must be item, inventory, order or ship.");
    }
    boolean dated = type.equals("order") || type.equals("ship");
    LocalDate from = date(fromText);
    LocalDate to = date(toText);
    if (dated && (from == null || to == null || to.isBefore(from))) {
      return fail(-10001, "target_from_dt and target_to_dt must be YYYY/MM/DD dates.");
    }
    if (dated && ChronoUnit.DAYS.between(from, to) > 90) {
      return fail(-10002, "The period can be up to 90 days.");
    }
    if (email.length() > 200) {
      return fail(-10001, "email is longer than 200 characters.");
    }
    LocalDate f = dated ? from : null;
    LocalDate t = dated ? to : null;
    return jdbi.inTransaction(
        h -> {
          LocalDateTime now = Times.now(clock);
          List<JdbcFileDownloadStore.Request> today =
              store.since(h, sellerId, now.toLocalDate().atStartOfDay());
          if (today.size() >= DAILY_LIMIT) {
            return fail(-10005, "Up to 10 requests can be made a day.");
          }
          boolean again =
              today.stream()
                  .anyMatch(
                      r ->
                          r.type().equals(type)
                              && java.util.Objects.equals(r.from(), f)
                              && java.util.Objects.equals(r.to(), t));
          if (again) {
            return fail(-10004, "The same file was already requested today.");
          }
          byte[] b = new byte[24];
          RANDOM.nextBytes(b);
          String token = HexFormat.of().formatHex(b);
          store.insert(
              h, new JdbcFileDownloadStore.Request(token, sellerId, type, f, t, now), email);
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("DownloadType", type);
          row.put("DownloadURL", origin + "/qapi-files/" + token);
          row.put("DownloadExplain", explain(type) + " (CSV, UTF-8; 24時間有効)");
          return new Result(0, "SUCCESS", List.of(row));
        });
  }

  /** The file of a token still valid: its name and bytes; empty when unknown or expired. */
  public Optional<File> file(String token) {
    if (!token.matches("[0-9a-f]{48}")) {
      return Optional.empty();
    }
    return jdbi.withHandle(
        h -> {
          Optional<JdbcFileDownloadStore.Request> found = store.find(h, token);
          if (found.isEmpty()
              || found.get().requestedAt().plusHours(24).isBefore(Times.now(clock))) {
            return Optional.<File>empty();
          }
          JdbcFileDownloadStore.Request r = found.get();
          List<String> header;
          List<List<String>> rows;
          switch (r.type()) {
            case "item" -> {
              header =
                  List.of(
                      "ItemCode", "SellerCode", "ItemTitle", "ItemStatus", "ItemPrice", "ItemQty");
              rows = store.items(h, r.sellerId());
            }
            case "inventory" -> {
              header =
                  List.of(
                      "ItemCode",
                      "SellerCode",
                      "Name1",
                      "Value1",
                      "Name2",
                      "Value2",
                      "Name3",
                      "Value3",
                      "Price",
                      "Qty",
                      "OptionCode");
              rows = store.inventory(h, r.sellerId());
            }
            default -> {
              header =
                  List.of(
                      "OrderNo",
                      "PackNo",
                      "ShippingStatus",
                      "OrderDate",
                      "ShippingDate",
                      "ItemCode",
                      "SellerItemCode",
                      "ItemTitle",
                      "Option",
                      "OrderQty",
                      "OrderPrice",
                      "DeliveryCompany",
                      "TrackingNo");
              rows =
                  store.orders(
                      h,
                      r.sellerId(),
                      r.type().equals("ship"),
                      r.from().atStartOfDay(),
                      r.to().atTime(23, 59, 59, 999_999_999));
            }
          }
          StringBuilder csv =
              new StringBuilder("\uFEFF").append(CsvCells.row(header)).append("\r\n");
          for (List<String> row : rows) {
            csv.append(CsvCells.row(new ArrayList<>(row))).append("\r\n");
          }
          return Optional.of(
              new File(
                  r.type() + "-" + r.requestedAt().toLocalDate() + ".csv",
                  csv.toString().getBytes(StandardCharsets.UTF_8)));
        });
  }

  /** A file to send. */
  public record File(String name, byte[] body) {}

  private static String explain(String type) {
    return switch (type) {
      case "item" -> "商品一覧";
      case "inventory" -> "オプション在庫一覧";
      case "order" -> "注文一覧 (注文日)";
      default -> "配送一覧 (発送日)";
    };
  }

  private static LocalDate date(String s) {
    if (!s.matches("\\d{4}/\\d{2}/\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(s, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Result fail(int code, String message) {
    return new Result(code, message, null);
  }
}
