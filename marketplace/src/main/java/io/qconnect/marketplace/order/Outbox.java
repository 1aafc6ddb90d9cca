package io.qconnect.marketplace.order;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The marketplace's order events as recorded in the same transaction as each change ({@code
 * mk_outbox}): read by whoever publishes them (notification mail) and by tests.
 */
public final class Outbox {
  private final Jdbi jdbi;
  private final JdbcOutbox store = new JdbcOutbox();

  /** One recorded event. */
  public record Entry(
      long id,
      String sellerId,
      OrderEvent kind,
      long packNo,
      long orderNo,
      String detail,
      LocalDateTime createdAt) {}

  public Outbox(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The events of one order line, oldest first. */
  public List<Entry> ofOrder(long orderNo) {
    return jdbi.withHandle(h -> store.ofOrder(h, orderNo));
  }

  /** Events not yet published, oldest first. */
  public List<Entry> unpublished(int limit) {
    return jdbi.withHandle(h -> store.unpublished(h, limit));
  }

  /** Events not yet published, oldest first, read in the caller's transaction. */
  public List<Entry> unpublished(org.jdbi.v3.core.Handle h, int limit) {
    return store.unpublished(h, limit);
  }

  /** Marks an event published in the caller's transaction (the one that consumed it). */
  public void markPublished(org.jdbi.v3.core.Handle h, long id, LocalDateTime at) {
    store.markPublished(h, id, at);
  }

  public void markPublished(long id, LocalDateTime at) {
    jdbi.useHandle(h -> store.markPublished(h, id, at));
  }

  /** How many events of a kind exist. */
  public long count(OrderEvent kind) {
    return jdbi.withHandle(h -> store.count(h, kind));
  }
}
