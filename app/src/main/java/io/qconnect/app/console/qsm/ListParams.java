package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.ConsoleInputException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The search and page of a staff list as query parameters: {@code q} (a part of an ID, a name or an
 * address; at most {@link #MAX_Q} characters) and {@code page} (1-based).
 */
public record ListParams(String q, int page) {
  public static final int MAX_Q = 100;
  static final int PAGE_SIZE = 50;

  static ListParams read(Call c) {
    String q = c.query("q");
    if (q.length() > MAX_Q) {
      throw new ConsoleInputException(c.t().f("staff.list.qTooLong", MAX_Q));
    }
    int page = c.query("page").isEmpty() ? 1 : Math.max(1, c.number(c.query("page"), "page"));
    return new ListParams(q, page);
  }

  /** The query string of the search (without the page), ending with "&" for the pager. */
  public String base(String path) {
    return path + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&";
  }
}
