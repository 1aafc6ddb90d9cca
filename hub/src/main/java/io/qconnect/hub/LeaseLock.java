package io.qconnect.hub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Named locks in the database ({@code hub_lock}), shared by every hub node on it: one shop's import
 * never runs twice at once, whether started by the scheduler on any node or by hand. A lock is a
 * lease: it ends when released or when it expires, so a node that died cannot block the others for
 * longer than the lease.
 */
public final class LeaseLock {
  private final Jdbi jdbi;
  private final Clock clock;
  private final String node;
  private final Duration lease;

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

    private Lease(String name, String owner) {
      this.name = name;
      this.owner = owner;
    }

    public String name() {
      return name;
    }

    @Override
    public void close() {
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
}
