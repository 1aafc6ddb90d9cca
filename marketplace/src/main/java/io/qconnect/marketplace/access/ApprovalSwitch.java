package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic-approval switch staff flip on the request queue, stored so that it survives a
 * restart, with who switched it and when (also logged).
 */
final class ApprovalSwitch {
  private static final Logger LOG = LoggerFactory.getLogger(ApprovalSwitch.class);

  private final JdbcAccessSwitchStore store = new JdbcAccessSwitchStore();
  private final Jdbi jdbi;
  private final Clock clock;
  private final boolean startOption;

  /**
   * @param startOption the process's {@code --[no-]auto-approve}
   */
  ApprovalSwitch(Jdbi jdbi, Clock clock, boolean startOption) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.startOption = startOption;
  }

  /**
   * The switch staff stored, unless the process was started with another {@code
   * --[no-]auto-approve} than when they switched: that start option is the newer decision, and the
   * stored switch is dropped.
   */
  Optional<AutoApproval> restore() {
    return jdbi.inTransaction(
        h -> {
          Optional<JdbcAccessSwitchStore.Stored> stored = store.find(h);
          if (stored.isEmpty()) {
            return Optional.<AutoApproval>empty();
          }
          AutoApproval a = stored.get().approval();
          if (stored.get().startOption() != startOption) {
            store.forget(h);
            LOG.info(
                "automatic approval {} from the start option; the switch {} made at {} JST no"
                    + " longer applies",
                on(startOption),
                a.changedBy(),
                a.changedAt());
            return Optional.<AutoApproval>empty();
          }
          LOG.info(
              "automatic approval {} (switched by {} at {} JST)",
              on(a.on()),
              a.changedBy(),
              a.changedAt());
          return Optional.of(a);
        });
  }

  AutoApproval save(boolean on, String staff) {
    LocalDateTime now = Times.now(clock);
    jdbi.useTransaction(h -> store.save(h, on, startOption, staff, now));
    LOG.info("automatic approval switched {} by {}", on(on), staff);
    return new AutoApproval(on, staff, now);
  }

  private static String on(boolean on) {
    return on ? "on" : "off";
  }
}
