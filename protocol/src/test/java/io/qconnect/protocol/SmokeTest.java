package io.qconnect.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
  sealed interface Shape permits Circle, Square {}

  record Circle(int r) implements Shape {}

  record Square(int side) implements Shape {}

  static int area(Shape s) {
    return switch (s) {
      case Circle c -> 3 * c.r() * c.r();
      case Square sq -> sq.side() * sq.side();
    };
  }

  @Test
  void runs_on_java_21_or_later() {
    assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(21);
    assertThat(area(new Square(2))).isEqualTo(4);
  }
}
