package io.qconnect.hub.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CarrierTableTest {
  private final CarrierTable table = CarrierTable.standard();

  @ParameterizedTest
  @CsvSource({
    "ヤマト運輸, ヤマト宅急便",
    "ヤマト, ヤマト宅急便",
    "クロネコ, ヤマト宅急便",
    "クロネコヤマト, ヤマト宅急便",
    "ヤマト宅急便, ヤマト宅急便",
    "日本郵便, ゆうパック",
    "ゆうパック, ゆうパック",
    "佐川, 佐川急便",
    "佐川急便, 佐川急便",
    "Sagawa, 佐川急便",
    "福山通運, 福山通運",
    "西濃運輸, 西濃運輸",
    "ゆうパケット, ゆうパケット",
    "クリックポスト, クリックポスト",
    "ネコポス, ネコポス",
    "'  yamato  ', ヤマト宅急便",
    "ＹＡＭＡＴＯ, ヤマト宅急便"
  })
  void maps_common_names_to_the_name_qoo10_knows(String given, String qoo10) {
    assertThat(table.toQoo10(given)).isEqualTo(qoo10);
    assertThat(table.knows(given)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"エコ配, エコ配", "' Hokkaido Express ', Hokkaido Express"})
  void passes_unknown_names_through(String given, String passed) {
    assertThat(table.toQoo10(given)).isEqualTo(passed);
    assertThat(table.knows(given)).isFalse();
  }
}
