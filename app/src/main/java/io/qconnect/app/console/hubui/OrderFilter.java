package io.qconnect.app.console.hubui;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Msg;
import io.qconnect.hub.grid.GridFilter;
import io.qconnect.hub.orders.HubStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order grid's filters as typed (sent back into the form and into every paging, export and
 * action link), read into a {@link GridFilter}; a value that cannot be read gets its error next to
 * its field, in the viewer's language, instead of an error page.
 */
public record OrderFilter(
    String shop, String status, String from, String to, String no, String wb) {

  /** The filter read, or the errors by field name (then {@code filter} is null). */
  public record Parsed(GridFilter filter, Map<String, String> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  public static OrderFilter of(Call c) {
    return new OrderFilter(
        clip(c.query("shop")),
        clip(c.query("status")),
        clip(c.query("from")),
        clip(c.query("to")),
        clip(c.query("no")),
        clip(c.query("wb")));
  }

  /** Long values are cut: nothing a filter field takes is longer, and the text goes back out. */
  private static String clip(String s) {
    return s.length() > 100 ? s.substring(0, 100) : s;
  }

  public Parsed parse(Msg t) {
    Map<String, String> errors = new LinkedHashMap<>();
    HubStatus s = choice(HubStatus.class, status, "status", t.t("hub.orders.status"), t, errors);
    GridFilter.WriteBack w =
        choice(GridFilter.WriteBack.class, wb, "wb", t.t("hub.grid.writeBack"), t, errors);
    LocalDate f = date(from, "from", t.t("hub.orders.from"), t, errors);
    LocalDate u = date(to, "to", t.t("hub.orders.to"), t, errors);
    if (f != null && u != null && u.isBefore(f)) {
      errors.put("to", t.f("hub.grid.badRange", t.date(u), t.date(f)));
    }
    Long n = null;
    if (!no.isEmpty()) {
      if (no.matches("[0-9]{1,18}")) {
        n = Long.parseLong(no);
      } else {
        errors.put("no", t.f("error.number", t.t("hub.grid.number"), no));
      }
    }
    if (!errors.isEmpty()) {
      return new Parsed(null, errors);
    }
    return new Parsed(new GridFilter(shop.isEmpty() ? null : shop, s, f, u, n, w), Map.of());
  }

  /** The filter as a query string (without page), for links. */
  public String query() {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("shop", shop);
    q.put("status", status);
    q.put("from", from);
    q.put("to", to);
    q.put("no", no);
    q.put("wb", wb);
    return q.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** This filter's grid at a page. */
  public String pageLink(int page) {
    String q = query();
    return "/hub/orders?" + (q.isEmpty() ? "" : q + "&") + "page=" + page;
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String text, String field, String label, Msg t, Map<String, String> errors) {
    if (text.isEmpty()) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text.toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    errors.put(
        field,
        t.f(
            "error.choice",
            label,
            text,
            Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "))));
    return null;
  }

  private static LocalDate date(
      String text, String field, String label, Msg t, Map<String, String> errors) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.put(field, t.f("error.date", label, text));
      return null;
    }
  }
}
