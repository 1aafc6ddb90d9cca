package io.qconnect.marketplace.order;

import io.qconnect.marketplace.order.JdbcOrderQueries.DateColumn;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The read side of orders: the searches behind the order QAPI methods, the seller's standing, the
 * buyer simulator and the console's order screens. Each read runs on its own handle.
 */
public final class OrderQueries {
  private final Jdbi jdbi;
  private final JdbcOrderQueries store = new JdbcOrderQueries();

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
}
