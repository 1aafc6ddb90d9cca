package io.qconnect.hub.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void doubles_after_each_failure_up_to_the_cap() {
    Backoff b = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10));

    assertThat(b.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(b.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(b.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(b.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(b.delayAfter(500)).isEqualTo(Duration.ofMinutes(10));
  }
}
