package io.qconnect.hub.grid;

import java.util.List;

/**
 * One page of the grid.
 *
 * @param total how many lines match the filter, over all pages
 * @param page this page, from 1
 */
public record GridPage(List<GridLine> lines, long total, int page, int pageSize) {
  public GridPage {
    lines = List.copyOf(lines);
  }

  /** How many pages the filter fills (at least 1). */
  public int pages() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  /** The position of this page's first line, from 1 (0 when empty). */
  public long first() {
    return lines.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
  }

  public long last() {
    return lines.isEmpty() ? 0 : first() + lines.size() - 1;
  }
}
