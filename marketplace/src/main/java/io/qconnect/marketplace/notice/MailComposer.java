package io.qconnect.marketplace.notice;

import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.order.Outbox;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consuming half of {@link MailRelay}: in the transaction that marks an outbox event published,
 * one mail-log row per Use = Y setting of the seller whose template has the event's kind, rendered
 * with the order's facts: PENDING to be sent, HELD for Standby = Y, ERROR when too long or a
 * placeholder stayed unresolved.
 */
final class MailComposer {
  private static final Logger LOG = LoggerFactory.getLogger(MailRelay.class);

  /** What the mail log's columns hold; a longer rendered mail is logged as an error, not sent. */
  private static final int MAX_SUBJECT = 900;

  private static final int MAX_BODY = 15_000;

  private final Jdbi jdbi;
  private final Outbox outbox;
  private final Clock realClock;
  private final java.util.function.Supplier<String> defaultSender;
  private final JdbcNoticeStore settings = new JdbcNoticeStore();
  private final JdbcMailStore mails = new JdbcMailStore();
  private final JdbcOrderFacts facts = new JdbcOrderFacts();

  MailComposer(
      Jdbi jdbi,
      Outbox outbox,
      Clock realClock,
      java.util.function.Supplier<String> defaultSender) {
    this.jdbi = jdbi;
    this.outbox = outbox;
    this.realClock = realClock;
    this.defaultSender = defaultSender;
  }

  /** Turns up to {@code limit} outbox events into mail-log rows; returns how many were consumed. */
  int consume(int limit) {
    return jdbi.inTransaction(
        h -> {
          List<Outbox.Entry> events = outbox.unpublished(h, limit);
          LocalDateTime now = Times.now(realClock);
          for (Outbox.Entry e : events) {
            NoticeKind.of(e.kind()).ifPresent(k -> mailsFor(h, e, k, now));
            outbox.markPublished(h, e.id(), now);
          }
          return events.size();
        });
  }

  private void mailsFor(Handle h, Outbox.Entry e, NoticeKind kind, LocalDateTime now) {
    List<JdbcNoticeStore.Row> rows =
        settings.inUse(h, e.sellerId()).stream()
            .filter(r -> Templates.byNo(r.templateNo()).map(t -> t.kind() == kind).orElse(false))
            .toList();
    if (rows.isEmpty()) {
      return;
    }
    Optional<Map<String, String>> values = facts.of(h, e.orderNo());
    for (JdbcNoticeStore.Row r : rows) {
      Map<String, String> v = values.orElse(Map.of());
      String subject = Renderer.render(r.subject(), v).replaceAll("[\\r\\n]+", " ");
      String body = Renderer.render(r.detail(), v);
      String left = Renderer.unresolved(subject + "\n" + body);
      Mail.Status status = Mail.Status.PENDING;
      String error = null;
      if (subject.length() > MAX_SUBJECT || body.length() > MAX_BODY) {
        status = Mail.Status.ERROR;
        error = "the rendered mail is too long; not sent";
        subject = subject.substring(0, Math.min(subject.length(), MAX_SUBJECT));
        body = body.substring(0, Math.min(body.length(), MAX_BODY));
        LOG.error("mail for setting {} (order {}) not sent: too long", r.id(), e.orderNo());
      } else if (left != null) {
        status = Mail.Status.ERROR;
        left = left.length() > 100 ? left.substring(0, 100) + "…" : left;
        error = "unresolved placeholder " + left + "; not sent";
        LOG.error(
            "mail for setting {} (order {}) not sent: unresolved placeholder {}",
            r.id(),
            e.orderNo(),
            left);
      } else if (r.standby()) {
        status = Mail.Status.HELD;
        error = "Standby = Y: held, not sent";
      }
      String from = r.sender().equals(Template.DEFAULT_SENDER) ? defaultSender.get() : r.sender();
      mails.insert(
          h,
          new JdbcMailStore.NewMail(
              e.sellerId(),
              r.id(),
              e.id(),
              e.kind().name(),
              r.templateNo(),
              r.destination(),
              from,
              subject,
              body,
              r.sealedKey(),
              status,
              error),
          now);
    }
  }
}
