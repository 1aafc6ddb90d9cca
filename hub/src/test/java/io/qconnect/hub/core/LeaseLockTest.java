package io.qconnect.hub.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.hub.HubFixture;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class LeaseLockTest {
  @Parameter Engine engine;

  private static final Duration LONG = Duration.ofMinutes(30);

  /** The holder was paused past its lease (a long GC, the database out of reach). */
  private static void runOut(Jdbi jdbi, String name) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE hub_lock SET locked_until = CURRENT_TIMESTAMP - INTERVAL '1' SECOND"
                        + " WHERE name = :name")
                .bind("name", name)
                .execute());
  }

  @Test
  void a_lease_taken_over_after_it_ran_out_tells_its_first_holder_it_is_lost() {
    try (HubFixture f = new HubFixture(engine);
        LeaseLock nodeA = new LeaseLock(HubJdbi.create(f.dataSource), "node-a", LONG);
        LeaseLock nodeB = new LeaseLock(HubJdbi.create(f.dataSource), "node-b", LONG)) {
      Jdbi jdbi = HubJdbi.create(f.dataSource);
      LeaseLock.Lease first = nodeA.tryAcquire("import:x").orElseThrow();
      runOut(jdbi, "import:x");
      LeaseLock.Lease second = nodeB.tryAcquire("import:x").orElseThrow();

      assertThat(first.renew()).isFalse();
      assertThat(first.lost()).isTrue();
      assertThatThrownBy(first::checkHeld)
          .isInstanceOf(LeaseLock.LostException.class)
          .hasMessageContaining("import:x was lost");
      assertThat(second.renew()).isTrue();
      assertThat(second.lost()).isFalse();
      first.close(); // releases nothing of the new holder's
      assertThat(nodeA.tryAcquire("import:x")).isEmpty();
    }
  }

  @Test
  void a_held_lease_is_renewed_and_not_taken_before_it_runs_out() {
    try (HubFixture f = new HubFixture(engine);
        LeaseLock nodeA = new LeaseLock(HubJdbi.create(f.dataSource), "node-a", LONG);
        LeaseLock nodeB = new LeaseLock(HubJdbi.create(f.dataSource), "node-b", LONG)) {
      LeaseLock.Lease held = nodeA.tryAcquire("import:x").orElseThrow();

      assertThat(held.renew()).isTrue();
      assertThat(nodeB.tryAcquire("import:x")).isEmpty();
      held.checkHeld();
      // the node's clock has no say: moving it does not end the lease
      f.clock.advance(Duration.ofHours(1));
      assertThat(nodeB.tryAcquire("import:x")).isEmpty();
    }
  }
}
