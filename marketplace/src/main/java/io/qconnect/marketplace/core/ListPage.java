package io.qconnect.marketplace.core;

import java.util.List;

/**
 * One page of a list searched in the database: its rows and how many match over every page.
 *
 * @param page the page shown (1-based; a page past the last shows the last)
 */
public record ListPage<T>(List<T> rows, int total, int page) {
  public ListPage {
    rows = List.copyOf(rows);
  }

  /** How many pages of {@code size} the total fills (at least one). */
  public int pages(int size) {
    return Math.max(1, (total + size - 1) / size);
  }

  /** The page to read: {@code page} within 1 .. the last page of {@code total}. */
  public static int clamp(int page, int total, int size) {
    return Math.min(Math.max(1, page), Math.max(1, (total + size - 1) / size));
  }

  /** A LIKE pattern matching {@code part} anywhere, with {@code !} escaping. */
  public static String contains(String part) {
    return "%" + part.replaceAll("([!%_])", "!$1") + "%";
  }
}
