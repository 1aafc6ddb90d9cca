package io.qconnect.marketplace.notice;

import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.order.Outbox;
import io.qconnect.protocol.secret.SecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the outbox and delivers the mails.
 *
 * <p>{@link #consume} takes unpublished outbox events and, in the same transaction that marks each
 * one published, writes one mail-log row per Use = Y setting of the seller whose template has the
 * event's kind: PENDING to be sent, HELD for Standby = Y, ERROR when a placeholder stayed
 * unresolved. So a restart loses nothing: an event is either unconsumed or its mails are in the
 * log.
 *
 * <p>{@link #deliver} sends the due PENDING mails one by one; a temporary failure is retried after
 * a doubling wait, a 5xx refusal marks the mail BOUNCED and the setting failed. Without an SMTP URL
 * the embedded mail catcher "sends" by marking the row SENT ({@code via = CATCHER}).
 */
public final class MailRelay implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MailRelay.class);
  private static final int BATCH = 100;

  private final Jdbi jdbi;
  private final Outbox outbox;
  private final SecretBox box;
  private final Clock realClock;
  private final JdbcNoticeStore settings = new JdbcNoticeStore();
  private final JdbcMailStore mails = new JdbcMailStore();
  private final MailComposer composer;
  private volatile MailSettings config;
  private volatile MailTransport transport;

  /** Mails to one domain that go over SMTP whatever the rest does (see {@link #route}). */
  private record Route(String domain, MailTransport transport) {}

  private volatile Route route;
  private ScheduledExecutorService worker;

  public MailRelay(Jdbi jdbi, Outbox outbox, SecretBox box, Clock realClock, MailSettings config) {
    this.jdbi = jdbi;
    this.outbox = outbox;
    this.box = box;
    this.realClock = realClock;
    this.composer = new MailComposer(jdbi, outbox, realClock, () -> this.config.sender());
    configure(config);
  }

  /** Replaces the mail settings (before {@link #start}, or between runs in tests). */
  public void configure(MailSettings s) {
    this.config = s;
    this.transport = s.catches() ? new Catcher() : new SmtpTransport(s);
  }

  public MailSettings settings() {
    return config;
  }

  /**
   * Sends the mails to addresses at {@code domain} over SMTP to {@code smtpUrl}, whatever {@link
   * #configure} chose for the others: in the all-in-one demo the hub's mail intake gets the demo
   * shop's notifications while every other mail stays in the catcher.
   */
  public void route(String domain, String smtpUrl) {
    MailSettings s = MailSettings.of(smtpUrl, null, null, config.sender());
    this.route = new Route(domain.toLowerCase(java.util.Locale.ROOT), new SmtpTransport(s));
  }

  private MailTransport transportFor(String to, MailTransport otherwise) {
    Route r = route;
    return r != null && to.toLowerCase(java.util.Locale.ROOT).endsWith("@" + r.domain())
        ? r.transport()
        : otherwise;
  }

  /** Polls every {@link MailSettings#poll()} on a daemon thread until {@link #close()}. */
  public synchronized void start() {
    if (worker != null) {
      return;
    }
    worker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mail-relay");
              t.setDaemon(true);
              return t;
            });
    long ms = Math.max(50, config.poll().toMillis());
    worker.scheduleWithFixedDelay(this::runLogged, ms, ms, TimeUnit.MILLISECONDS);
    LOG.info("mail relay started: {}", config.describe());
  }

  @Override
  public synchronized void close() {
    if (worker != null) {
      worker.shutdownNow();
      try {
        worker.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      worker = null;
    }
  }

  private void runLogged() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      LOG.warn("mail relay round failed; retrying at the next round", e);
    }
  }

  /** One round: consume every waiting event, then deliver every due mail. */
  public void runOnce() {
    while (consume(BATCH) == BATCH) {
      // more events are waiting
    }
    while (deliver(BATCH) == BATCH) {
      // more mails are due
    }
  }

  /** Turns up to {@code limit} outbox events into mail-log rows; returns how many were consumed. */
  public int consume(int limit) {
    return composer.consume(limit);
  }

  /** Attempts up to {@code limit} due mails; returns how many were attempted. */
  public int deliver(int limit) {
    List<Long> due = jdbi.withHandle(h -> mails.due(h, Times.now(realClock), limit));
    MailTransport t = transport;
    MailSettings s = config;
    for (long id : due) {
      Optional<Mail> m = jdbi.withHandle(h -> mails.find(h, id));
      if (m.isEmpty() || m.get().status() != Mail.Status.PENDING) {
        continue;
      }
      try {
        attempt(m.get(), transportFor(m.get().to(), t), s);
      } catch (RuntimeException e) {
        // one broken mail (a key sealed under another secret, a database hiccup) must not block
        // the others: it is given up with the reason, the rest go on
        LOG.error("mail {} could not be attempted; giving it up", id, e);
        LocalDateTime now = Times.now(realClock);
        String why = String.valueOf(e.getMessage());
        jdbi.useHandle(
            h ->
                mails.attempted(
                    h,
                    id,
                    Mail.Status.FAILED,
                    "internal error: " + (why.length() > 800 ? why.substring(0, 800) : why),
                    now,
                    null,
                    t.via()));
      }
    }
    return due.size();
  }

  private void attempt(Mail m, MailTransport t, MailSettings s) {
    String sealed = jdbi.withHandle(h -> mails.sealedKey(h, m.id()));
    MailTransport.Outgoing out =
        new MailTransport.Outgoing(
            m.id(),
            m.from(),
            m.to(),
            m.subject(),
            m.body(),
            sealed == null ? null : box.open(sealed),
            m.event(),
            m.templateNo());
    try {
      t.send(out);
      LocalDateTime now = Times.now(realClock);
      jdbi.useHandle(h -> mails.attempted(h, m.id(), Mail.Status.SENT, null, now, now, t.via()));
    } catch (MailTransport.DeliveryFailure failure) {
      String msg = failure.getMessage() == null ? "delivery failed" : failure.getMessage();
      MailTransport.DeliveryFailure f =
          new MailTransport.DeliveryFailure(
              msg.length() > 900 ? msg.substring(0, 900) : msg, failure.permanent(), failure);
      LocalDateTime now = Times.now(realClock);
      int attempts = m.attempts() + 1;
      if (f.permanent()) {
        LOG.warn("mail {} to {} refused permanently: {}", m.id(), m.to(), f.getMessage());
        jdbi.useTransaction(
            h -> {
              mails.attempted(h, m.id(), Mail.Status.BOUNCED, f.getMessage(), now, null, t.via());
              if (m.settingId() != null) {
                settings.markFailed(h, m.settingId(), f.getMessage(), now);
              }
            });
      } else if (attempts >= s.maxAttempts()) {
        LOG.warn(
            "mail {} to {} given up after {} attempts: {}",
            m.id(),
            m.to(),
            attempts,
            f.getMessage());
        jdbi.useHandle(
            h ->
                mails.attempted(h, m.id(), Mail.Status.FAILED, f.getMessage(), now, null, t.via()));
      } else {
        LocalDateTime next = now.plus(backoff(s, attempts));
        LOG.info(
            "mail {} to {} failed (attempt {}), next attempt at {}: {}",
            m.id(),
            m.to(),
            attempts,
            next,
            f.getMessage());
        jdbi.useHandle(
            h ->
                mails.attempted(
                    h, m.id(), Mail.Status.PENDING, f.getMessage(), next, null, t.via()));
      }
    }
  }

  /** The wait after the n-th failed attempt: first, 2×first, 4×first, ... up to the maximum. */
  static Duration backoff(MailSettings s, int attempts) {
    Duration d = s.firstBackoff();
    for (int i = 1; i < attempts && d.compareTo(s.maxBackoff()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(s.maxBackoff()) > 0 ? s.maxBackoff() : d;
  }

  /** The embedded mail catcher: the log row is the caught mail. */
  private static final class Catcher implements MailTransport {
    @Override
    public void send(Outgoing m) {
      // kept in mk_mail, marked SENT by the relay
    }

    @Override
    public String via() {
      return "CATCHER";
    }
  }
}
