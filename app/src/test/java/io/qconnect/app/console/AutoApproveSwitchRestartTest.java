package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.marketplace.access.AutoApproval;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The automatic-approval switch staff flip on the queue is kept in the marketplace database: the
 * all-in-one process started again on the same data directory with the same {@code
 * --[no-]auto-approve} has it as staff left it; started with the other value, the option wins.
 */
class AutoApproveSwitchRestartTest {
  @TempDir Path dir;

  @Test
  void the_switch_survives_a_restart_and_a_changed_start_option_wins() {
    try (Application app = TestApp.start(dir, false)) {
      assertThat(app.marketplace().access().autoApproval().switched()).isFalse();
      app.marketplace().access().switchAutoApprove(true, "staff");
    }
    try (Application again = TestApp.start(dir, false)) {
      AutoApproval a = again.marketplace().access().autoApproval();
      assertThat(a.on()).isTrue();
      assertThat(a.changedBy()).isEqualTo("staff");
      assertThat(again.marketplace().access().settings().autoApprove()).isTrue();
    }
    try (Application other = TestApp.start(dir, true)) {
      assertThat(other.marketplace().access().autoApproval())
          .isEqualTo(new AutoApproval(true, "", null));
    }
    try (Application back = TestApp.start(dir, false)) {
      assertThat(back.marketplace().access().autoApproval())
          .isEqualTo(new AutoApproval(false, "", null));
    }
  }
}
