package io.qconnect.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShipByTest {

  @ParameterizedTest
  @CsvSource({
    "0, 1, NORMAL",
    "0, 3, NORMAL",
    "1, 4, PREPARATION",
    "1, 14, PREPARATION",
    "2, 2026/06/30, RELEASE_DATE",
    "2, 2028/02/29, RELEASE_DATE",
    "3, 14:00, SAME_DAY",
    "3, 09:30, SAME_DAY"
  })
  void accepts_each_documented_setting(String type, String value, ShipBy.Type expected) {
    assertThat(ShipBy.parse(type, value)).contains(new ShipBy(expected, value));
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "0, 4",
    "1, 3",
    "1, 15",
    "2, 2026-06-30",
    "2, 2027/02/29",
    "2, 2026/6/30",
    "3, 25:00",
    "3, 9:30",
    "4, 1",
    "'', 3",
    "0, ''"
  })
  void refuses_a_value_outside_the_rule_of_its_type(String type, String value) {
    assertThat(ShipBy.parse(type, value)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"0, 5", "3, 24:60"})
  void cannot_be_constructed_against_the_rule(String type, String value) {
    ShipBy.Type t = type.equals("0") ? ShipBy.Type.NORMAL : ShipBy.Type.SAME_DAY;
    assertThatThrownBy(() -> new ShipBy(t, value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AvailableDateType");
  }
}
