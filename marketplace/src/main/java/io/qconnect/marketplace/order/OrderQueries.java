package io.qconnect.marketplace.order;

import io.qconnect.marketplace.order.JdbcOrderQueries.DateColumn;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;

/**
 * The read side of orders: the searches behind the order QAPI methods, the seller's standing, the
 * buyer simulator and the console's order screens. Each read runs on its own handle.
 */
public final class OrderQueries {
  private final Jdbi jdbi;
  private final JdbcOrderQueries store = new JdbcOrderQueries();
  private final JdbcOrderSearch search = new JdbcOrderSearch();

  public OrderQueries(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<PlacedLine> lines(
      String sellerId,
      List<Integer> statuses,
      DateColumn by,
      LocalDateTime from,
      LocalDateTime to) {
    return jdbi.withHandle(h -> store.lines(h, sellerId, statuses, by, from, to));
  }

  List<PlacedLine> claims(
      String sellerId, Integer claimStatus, DateColumn by, LocalDateTime from, LocalDateTime to) {
    return jdbi.withHandle(h -> store.claims(h, sellerId, claimStatus, by, from, to));
  }

  Optional<PlacedLine> line(String sellerId, long orderNo) {
    return jdbi.withHandle(h -> store.line(h, sellerId, orderNo));
  }

  List<OrderLine> awaitingShipment(String sellerId) {
    return jdbi.withHandle(h -> store.awaitingShipment(h, sellerId));
  }

  int openClaims(String sellerId) {
    return jdbi.withHandle(h -> store.openClaims(h, sellerId));
  }

  /** Lines of every seller in one status, oldest first, for the buyer simulator. */
  public List<OrderLine> inStatus(int status, int limit) {
    return jdbi.withHandle(h -> store.inStatus(h, status, limit));
  }

  /** A seller's lines in one status, claims included, newest first (the console's order list). */
  public List<OrderLine> ofSeller(String sellerId, int status, int limit) {
    return jdbi.withHandle(h -> store.ofSeller(h, sellerId, status, limit));
  }

  /** How many lines of the seller are in each status (the console's tabs). */
  public Map<Integer, Integer> countsOfSeller(String sellerId) {
    return jdbi.withHandle(h -> store.countsOfSeller(h, sellerId));
  }

  /**
   * One page of the seller's order screen: the lines matching the search in its status, newest
   * first, their total, and the matching lines per status for the tabs; read in one transaction. A
   * page past the last one shows the last one.
   */
  public OrderList search(String sellerId, OrderSearch q, int page, int size) {
    return jdbi.inTransaction(
        h -> {
          Map<Integer, Integer> counts = search.counts(h, sellerId, q);
          int total = counts.getOrDefault(q.status(), 0);
          int shown = Math.min(Math.max(1, page), Math.max(1, (total + size - 1) / size));
          List<ListedOrder> rows =
              total == 0 ? List.of() : search.page(h, sellerId, q, (shown - 1L) * size, size);
          return new OrderList(rows, counts, total, shown);
        });
  }

  /** Every line matching the search in its status, newest first, streamed to {@code sink}. */
  public <X extends Exception> void forEach(
      String sellerId, OrderSearch q, RowSink<ListedOrder, X> sink) throws X {
    jdbi.<X>useTransaction(
        h -> {
          try (ResultIterator<ListedOrder> rows = search.all(h, sellerId, q).iterator()) {
            while (rows.hasNext()) {
              sink.accept(rows.next());
            }
          }
        });
  }

  /** How many of the seller's lines await shipment without an estimated ship date (R56). */
  public int needingDate(String sellerId) {
    return jdbi.withHandle(h -> search.needingDate(h, sellerId));
  }

  /** Takes streamed rows; may fail with the exception of its output. */
  @FunctionalInterface
  public interface RowSink<T, X extends Exception> {
    void accept(T row) throws X;
  }
}
