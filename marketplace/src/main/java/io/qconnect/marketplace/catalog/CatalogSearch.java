package io.qconnect.marketplace.catalog;

import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;

/**
 * The item screens' searches and the catalogue files' rows: a seller's items by {@link ItemQuery}
 * and options by {@link OptionQuery}, one page at a time with the total, or every matching row
 * streamed to a {@link RowSink} from one read-only transaction (a database cursor, {@value
 * JdbcCatalogSearch#FETCH_SIZE} rows per fetch), so that memory does not grow with the catalogue.
 * Also keeps the seller's Q-在庫コード setting.
 */
public final class CatalogSearch {
  private final JdbcCatalogSearch store = new JdbcCatalogSearch();
  private final Jdbi jdbi;

  CatalogSearch(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Receives streamed rows; may fail with the caller's exception (an I/O error of a download). */
  @FunctionalInterface
  public interface RowSink<T, X extends Exception> {
    void accept(T row) throws X;
  }

  /** One page of options with the total. */
  public record OptionList(int total, int pages, List<OptionLine> options) {
    public OptionList {
      options = List.copyOf(options);
    }
  }

  /** Page {@code page} (from 1) of {@code size} matching items in item-code order. */
  public ItemList items(String sellerId, ItemQuery q, int page, int size) {
    return jdbi.inTransaction(
        h -> {
          int total = store.count(h, sellerId, q);
          List<Item> items = store.page(h, sellerId, q, offset(page, size), size);
          return new ItemList(total, pages(total, size), items);
        });
  }

  /** Page {@code page} (from 1) of {@code size} matching options, by item code and place. */
  public OptionList options(String sellerId, OptionQuery q, int page, int size) {
    return jdbi.inTransaction(
        h -> {
          int total = store.countOptions(h, sellerId, q);
          List<OptionLine> rows = store.optionPage(h, sellerId, q, offset(page, size), size);
          return new OptionList(total, pages(total, size), rows);
        });
  }

  /** Every matching item, in item-code order, to {@code sink}. */
  public <X extends Exception> void forEachGoods(
      String sellerId, ItemQuery q, RowSink<GoodsRow, X> sink) throws X {
    jdbi.<X>useTransaction(
        h -> {
          try (ResultIterator<GoodsRow> rows = store.goods(h, sellerId, q).iterator()) {
            drain(rows, sink);
          }
        });
  }

  /** Every matching option, by item code and place, to {@code sink}. */
  public <X extends Exception> void forEachOption(
      String sellerId, OptionQuery q, RowSink<OptionLine, X> sink) throws X {
    jdbi.<X>useTransaction(
        h -> {
          try (ResultIterator<OptionLine> rows = store.optionLines(h, sellerId, q).iterator()) {
            drain(rows, sink);
          }
        });
  }

  /** Whether the seller shows Q-在庫コード for options without a Seller SKU Code. */
  public boolean usesQStockCode(String sellerId) {
    return jdbi.withHandle(h -> store.usesQStockCode(h, sellerId));
  }

  public void useQStockCode(String sellerId, boolean use) {
    jdbi.useTransaction(h -> store.useQStockCode(h, sellerId, use));
  }

  private static <T, X extends Exception> void drain(Iterator<T> rows, RowSink<T, X> sink)
      throws X {
    while (rows.hasNext()) {
      sink.accept(rows.next());
    }
  }

  private static long offset(int page, int size) {
    return (Math.max(1, page) - 1L) * size;
  }

  private static int pages(int total, int size) {
    return (total + size - 1) / size;
  }
}
