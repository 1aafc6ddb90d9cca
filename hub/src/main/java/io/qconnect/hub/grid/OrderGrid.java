package io.qconnect.hub.grid;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.OrderLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.jdbi.v3.core.Jdbi;

/**
 * The operator's order grid: a filter counted and paged (page size 1–500, COUNT then LIMIT/OFFSET
 * in one read-only transaction, so the total and the page agree), and the whole filter as a CSV
 * streamed from the database.
 */
public final class OrderGrid {
  public static final int MAX_PAGE_SIZE = 500;

  private final Jdbi jdbi;
  private final JdbcOrderGridStore store;

  public OrderGrid(Jdbi jdbi, OrderLines lines) {
    this.jdbi = jdbi;
    this.store = new JdbcOrderGridStore(lines);
  }

  /**
   * One page; a page past the last gives the last page.
   *
   * @param page from 1
   */
  public GridPage page(GridFilter filter, int page, int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new HubException("page size must be 1–" + MAX_PAGE_SIZE + ", not " + pageSize);
    }
    return jdbi.inTransaction(
        h -> {
          long total = store.count(h, filter);
          long pages = Math.max(1, (total + pageSize - 1) / pageSize);
          int p = (int) Math.min(Math.max(1, page), pages);
          return new GridPage(
              store.page(h, filter, (long) (p - 1) * pageSize, pageSize), total, p, pageSize);
        });
  }

  /**
   * Writes every line of the filter as CSV ({@link GridCsv}), reading the database in chunks so
   * that the size of the result does not matter.
   *
   * @return how many lines were written
   */
  public long writeCsv(GridFilter filter, Writer out, GridCsv.Labels labels) throws IOException {
    GridCsv csv = new GridCsv(out, labels);
    csv.header();
    try {
      jdbi.useTransaction(h -> store.each(h, filter, csv::line));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return csv.written();
  }
}
