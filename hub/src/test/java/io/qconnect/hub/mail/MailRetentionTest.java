package io.qconnect.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qconnect.hub.HubConfig;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.sync.Jobs;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The mail log keeps its events for the retention (90 days) and a daily job deletes older ones. */
@ParameterizedClass
@EnumSource(Engine.class)
class MailRetentionTest {
  private static final String SHOP = "mail-shop";
  private static final Duration RETENTION = HubConfig.DEFAULT_MAIL_RETENTION;

  @Parameter Engine engine;

  private final JdbcMailIntakeStore store = new JdbcMailIntakeStore();

  private static Jdbi jdbi(HubFixture f) {
    return HubJdbi.create(f.dataSource);
  }

  /** Logs a mail received at {@code at}; with a dedup key, returns false for a duplicate. */
  private boolean log(HubFixture f, Instant at, MailEvent.Outcome outcome, String key) {
    return jdbi(f).withHandle(h -> store.log(h, SHOP, at, outcome, key, "1001", "at " + at));
  }

  private static List<Instant> receivedAt(HubFixture f) {
    return jdbi(f)
        .withHandle(
            h ->
                h.createQuery("SELECT received_at FROM hub_mail_event ORDER BY received_at")
                    .mapTo(Instant.class)
                    .list());
  }

  /** The dedup keys of the logged mails, oldest first. */
  private static List<String> keys(HubFixture f) {
    return jdbi(f)
        .withHandle(
            h ->
                h.createQuery("SELECT dedup_key FROM hub_mail_event ORDER BY id")
                    .mapTo(String.class)
                    .list());
  }

  private static long count(HubFixture f, MailEvent.Outcome o) {
    return f.hub.mail().stats(SHOP).counts().get(o);
  }

  @Test
  void mails_older_than_the_retention_are_deleted_in_batches_and_younger_ones_stay() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      Instant now = f.clock.instant();
      Instant old = now.minus(RETENTION).minusSeconds(1);
      for (int i = 0; i < 7; i++) {
        log(f, old.minus(Duration.ofDays(i)), MailEvent.Outcome.RECEIVED, "old-" + i);
      }
      log(f, old, MailEvent.Outcome.UNPARSEABLE, null);
      Instant young = now.minus(RETENTION).plusSeconds(1);
      log(f, young, MailEvent.Outcome.RECEIVED, "young");
      log(f, now, MailEvent.Outcome.DUPLICATE, null);
      assertThat(count(f, MailEvent.Outcome.RECEIVED)).isEqualTo(8);

      // 8 old mails, 3 per statement: 3 + 3 + 2
      assertThat(f.hub.mail().prune(3)).isEqualTo(8);

      assertThat(receivedAt(f)).containsExactly(young, now);
      assertThat(count(f, MailEvent.Outcome.RECEIVED)).isEqualTo(1);
      assertThat(count(f, MailEvent.Outcome.UNPARSEABLE)).isZero();
      assertThat(count(f, MailEvent.Outcome.DUPLICATE)).isEqualTo(1);
      assertThat(f.hub.mail().stats(SHOP).recent()).hasSize(2);
      assertThat(f.hub.mail().prune()).isZero();
    }
  }

  @Test
  void a_mail_sent_again_inside_the_retention_is_a_duplicate_and_after_it_is_received_as_new() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      Instant first = f.clock.instant();
      assertThat(log(f, first, MailEvent.Outcome.RECEIVED, "message-1")).isTrue();

      f.clock.advance(RETENTION.minusDays(1));
      f.hub.mail().prune();
      assertThat(log(f, f.clock.instant(), MailEvent.Outcome.RECEIVED, "message-1")).isFalse();

      f.clock.advance(Duration.ofDays(2));
      assertThat(f.hub.mail().prune()).isEqualTo(1);
      assertThat(log(f, f.clock.instant(), MailEvent.Outcome.RECEIVED, "message-1")).isTrue();
    }
  }

  @Test
  void the_pruning_runs_daily_as_a_job_on_the_scheduler() {
    try (HubFixture f = new HubFixture(engine, true)) {
      f.connect(SHOP);
      Instant first = f.clock.instant();
      log(f, first, MailEvent.Outcome.RECEIVED, "first");
      f.hub.start();
      await("the first pruning to pass")
          .atMost(Duration.ofSeconds(30))
          .until(() -> nextPruning(f).isAfter(f.clock.instant().plus(Duration.ofHours(23))));
      assertThat(keys(f)).containsExactly("first");

      f.clock.advance(RETENTION.plusDays(1));
      log(f, f.clock.instant(), MailEvent.Outcome.RECEIVED, "fresh");

      // a pruning that began before the jump comes back a day (fake time) after it ends: the clock
      // moves on an hour at each look
      await("the old mail to be deleted")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(
              () -> {
                boolean pruned = !keys(f).contains("first");
                f.clock.advance(Duration.ofHours(1));
                return pruned;
              });
      assertThat(keys(f)).containsExactly("fresh");
      assertThat(count(f, MailEvent.Outcome.RECEIVED)).isEqualTo(1);
    }
  }

  /** When the daily pruning runs next. */
  private static Instant nextPruning(HubFixture f) {
    return jdbi(f)
        .withHandle(
            h ->
                h.createQuery("SELECT execution_time FROM scheduled_tasks WHERE task_name = :task")
                    .bind("task", Jobs.MAIL_PRUNE_TASK)
                    .mapTo(Instant.class)
                    .findOne()
                    .orElse(Instant.MIN));
  }
}
