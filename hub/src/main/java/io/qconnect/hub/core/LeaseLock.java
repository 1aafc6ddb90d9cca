package io.qconnect.hub.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Named locks in the database ({@code hub_lock}), shared by every hub node on it: one shop's import
 * never runs twice at once, whether started by the scheduler on any node or by hand. A lock is a
 * lease: it ends when released or when it expires, so a node that died cannot block the others for
 * longer than the lease. While held, a lease is renewed every third of its length, so that a long
 * import keeps its lock however long it takes, and a short lease can be used to recover quickly
 * from a killed node.
 */
public final class LeaseLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaseLock.class);

  private final Jdbi jdbi;
  private final Clock clock;
  private final String node;
  private final Duration lease;
  private final ScheduledExecutorService renewer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hub-lease-renewer");
            t.setDaemon(true);
            return t;
          });

  public LeaseLock(Jdbi jdbi, Clock clock, String node, Duration lease) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.node = Objects.requireNonNull(node, "node");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the lease must be positive");
    }
    this.lease = lease;
  }

  /** A held lock; closing it releases it. */
  public final class Lease implements AutoCloseable {
    private final String name;
    private final String owner;
    private final ScheduledFuture<?> renewal;

    private Lease(String name, String owner) {
      this.name = name;
      this.owner = owner;
      long every = Math.max(1, lease.toMillis() / 3);
      this.renewal =
          renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    private void renew() {
      try {
        jdbi.useHandle(
            h ->
                h.createUpdate(
                        "UPDATE hub_lock SET locked_until = :until WHERE name = :name AND owner = :owner")
                    .bind("until", clock.instant().plus(lease))
                    .bind("name", name)
                    .bind("owner", owner)
                    .execute());
      } catch (RuntimeException e) {
        LOG.warn("could not renew lock {}; it lapses unless renewed in time", name, e);
      }
    }

    @Override
    public void close() {
      renewal.cancel(false);
      jdbi.useHandle(
          h ->
              h.createUpdate("DELETE FROM hub_lock WHERE name = :name AND owner = :owner")
                  .bind("name", name)
                  .bind("owner", owner)
                  .execute());
    }
  }

  /** Takes the lock if nobody holds it (or the holder's lease ran out); empty otherwise. */
  public Optional<Lease> tryAcquire(String name) {
    String owner = node + "/" + UUID.randomUUID();
    Instant now = clock.instant();
    Instant until = now.plus(lease);
    boolean taken =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                                """
                            INSERT INTO hub_lock (name, owner, locked_until)
                            VALUES (:name, :owner, :until) ON CONFLICT DO NOTHING""")
                            .bind("name", name)
                            .bind("owner", owner)
                            .bind("until", until)
                            .execute()
                        == 1
                    || h.createUpdate(
                                """
                            UPDATE hub_lock SET owner = :owner, locked_until = :until
                            WHERE name = :name AND locked_until < :now""")
                            .bind("name", name)
                            .bind("owner", owner)
                            .bind("until", until)
                            .bind("now", now)
                            .execute()
                        == 1);
    return taken ? Optional.of(new Lease(name, owner)) : Optional.empty();
  }

  /** Stops renewing; held leases then lapse at their end. */
  @Override
  public void close() {
    renewer.shutdownNow();
  }
}
