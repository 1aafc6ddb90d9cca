package io.qconnect.hub.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 *
 * <p>Expiry is measured by the database's clock ({@code CURRENT_TIMESTAMP}), never a node's: nodes
 * whose clocks disagree still agree on who holds a lease. A holder that could not renew in time (a
 * long pause, the database out of reach) may find its lease taken over; its next renewal then
 * updates nothing, the lease is marked {@linkplain Lease#lost() lost} (and logged), and the work
 * holding it stops at its next {@link Lease#checkHeld()}.
 */
public final class LeaseLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LeaseLock.class);

  /** The lease's end, by the database's clock; {@code :ms} is the lease in milliseconds. */
  private static final String UNTIL =
      "CURRENT_TIMESTAMP + CAST(:ms AS BIGINT) * INTERVAL '0.001' SECOND";

  private final Jdbi jdbi;
  private final String node;
  private final Duration lease;
  private final ScheduledExecutorService renewer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hub-lease-renewer");
            t.setDaemon(true);
            return t;
          });

  public LeaseLock(Jdbi jdbi, String node, Duration lease) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.node = Objects.requireNonNull(node, "node");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("the lease must be positive");
    }
    this.lease = lease;
  }

  /** The lease was taken over by another holder: the work it guarded must stop. */
  public static final class LostException extends HubException {
    private static final long serialVersionUID = 1L;

    LostException(String name) {
      super("the lock " + name + " was lost (another node took it over); the run was stopped");
    }
  }

  /** A held lock; closing it releases it. */
  public final class Lease implements AutoCloseable {
    private final String name;
    private final String owner;
    private final AtomicBoolean lost = new AtomicBoolean();
    private final ScheduledFuture<?> renewal;

    private Lease(String name, String owner) {
      this.name = name;
      this.owner = owner;
      long every = Math.max(1, lease.toMillis() / 3);
      this.renewal =
          renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Extends the lease; finds out when another holder has it now. A renewal that cannot reach the
     * database is only logged: the lease may still be ours at the next try.
     *
     * @return whether the lease is still held
     */
    boolean renew() {
      if (lost.get()) {
        return false;
      }
      int updated;
      try {
        updated =
            jdbi.withHandle(
                h ->
                    h.createUpdate(
                            "UPDATE hub_lock SET locked_until = "
                                + UNTIL
                                + " WHERE name = :name AND owner = :owner")
                        .bind("ms", lease.toMillis())
                        .bind("name", name)
                        .bind("owner", owner)
                        .execute());
      } catch (RuntimeException e) {
        LOG.warn("could not renew lock {}; it lapses unless renewed in time", name, e);
        return true;
      }
      if (updated == 0 && lost.compareAndSet(false, true)) {
        LOG.error(
            "lock {} was lost: its lease ran out and another holder took it; {} stops",
            name,
            owner);
        if (renewal != null) { // null only when renewed before the constructor returned
          renewal.cancel(false);
        }
      }
      return updated > 0;
    }

    /** Whether another holder took the lease over (found out by the last renewal). */
    public boolean lost() {
      return lost.get();
    }

    /**
     * For long work to call between steps.
     *
     * @throws LostException when the lease was lost
     */
    public void checkHeld() {
      if (lost.get()) {
        throw new LostException(name);
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
    boolean taken =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                                "INSERT INTO hub_lock (name, owner, locked_until) VALUES (:name, :owner, "
                                    + UNTIL
                                    + ") ON CONFLICT DO NOTHING")
                            .bind("name", name)
                            .bind("owner", owner)
                            .bind("ms", lease.toMillis())
                            .execute()
                        == 1
                    || h.createUpdate(
                                "UPDATE hub_lock SET owner = :owner, locked_until = "
                                    + UNTIL
                                    + " WHERE name = :name AND locked_until < CURRENT_TIMESTAMP")
                            .bind("name", name)
                            .bind("owner", owner)
                            .bind("ms", lease.toMillis())
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
