package io.qconnect.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** The character rule of every answer and the strict reading of request dates. */
class WireTextAndDatesTest {
  private final QapiCodec codec = new QapiCodec();

  private static final String SPOILED = "Tシャツ\u0000\u0001\u001F\uFFFE\uFFFF\uD800 青\t\r\n😀";

  @Test
  void an_xml_answer_with_control_characters_and_non_characters_in_a_text_is_well_formed()
      throws Exception {
    QapiResponse r =
        QapiResponse.Custom.ofValue(
            0,
            "SUCCESS",
            List.of(Map.of("ItemTitle", SPOILED)),
            ResultShape.list("ItemDetailInfo"));
    String xml = codec.encode(r, ReturnType.XML).text();
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(xml)));
    assertThat(doc.getElementsByTagName("ItemTitle").item(0).getTextContent())
        .isEqualTo("Tシャツ 青\t\r\n😀");
  }

  @Test
  void json_and_xml_carry_the_same_characters() {
    QapiResponse r = new QapiResponse.Std(-10001, "bad " + SPOILED);
    QapiResponse fromJson = codec.decode(codec.encode(r, ReturnType.JSON).body(), ResultShape.STD);
    QapiResponse fromXml =
        codec.decode(
            codec.encode(r, ReturnType.XML).text().getBytes(StandardCharsets.UTF_8),
            ResultShape.STD);
    assertThat(fromJson).isEqualTo(new QapiResponse.Std(-10001, "bad Tシャツ 青\t\r\n😀"));
    assertThat(fromXml).isEqualTo(fromJson);
  }

  @Test
  void a_value_written_straight_to_bytes_is_cleaned_like_a_tree() {
    List<Map<String, String>> rows = List.of(Map.of("ItemTitle", SPOILED));
    String direct =
        codec
            .encode(
                QapiResponse.Custom.ofValue(0, "SUCCESS", rows, ResultShape.list("X")),
                ReturnType.JSON)
            .text();
    assertThat(direct)
        .contains("\"ItemTitle\":\"Tシャツ 青\\t\\r\\n")
        .doesNotContain("\\u0000", "\\u0001", "\\u001F", "\\uFFFE", "\\uFFFF", "\\uD800\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"20260230", "20261131", "20250229", "20261301", "20260100"})
  void an_impossible_date_is_not_a_date(String day) {
    assertThatThrownBy(() -> QapiDates.parseDate(day)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QapiDates.parseSearchBound(day, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20260101240000", "20260101236000", "20260101235960", "20260230120000"})
  void an_impossible_time_is_not_a_search_bound(String t) {
    assertThatThrownBy(() -> QapiDates.parseSearchBound(t, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void answer_dates_are_written_exactly_as_the_formatter_writes_them() {
    java.util.Random random = new java.util.Random(7);
    List<LocalDateTime> times =
        new java.util.ArrayList<>(
            List.of(
                LocalDateTime.of(0, 1, 1, 0, 0, 0),
                LocalDateTime.of(9, 9, 9, 9, 9, 9),
                LocalDateTime.of(999, 12, 31, 23, 59, 59),
                LocalDateTime.of(2024, 2, 29, 12, 0, 0, 999_999_999),
                LocalDateTime.of(9999, 12, 31, 23, 59, 59),
                LocalDateTime.of(10_000, 1, 1, 0, 0, 0),
                LocalDateTime.of(-1, 6, 15, 1, 2, 3)));
    for (int i = 0; i < 10_000; i++) {
      times.add(
          LocalDateTime.of(1900, 1, 1, 0, 0)
              .plusSeconds(random.nextLong(200L * 366 * 24 * 3600))
              .plusNanos(random.nextInt(1_000_000_000)));
    }
    for (LocalDateTime t : times) {
      assertThat(QapiDates.wire(t)).as("%s", t).isEqualTo(QapiDates.WIRE.format(t));
      assertThat(QapiDates.wireDate(t.toLocalDate()))
          .as("%s", t)
          .isEqualTo(QapiDates.ISO_DATE.format(t));
    }
    assertThat(QapiDates.wire(null)).isEmpty();
    assertThat(QapiDates.wireDate(null)).isEmpty();
  }

  @Test
  void a_leap_day_and_the_last_second_of_a_day_are_dates() {
    assertThat(QapiDates.parseSearchBound("20280229235959", false))
        .isEqualTo(LocalDateTime.of(2028, 2, 29, 23, 59, 59));
    assertThat(QapiDates.parseSearchBound("20261130", true))
        .isEqualTo(LocalDateTime.of(2026, 11, 30, 23, 59, 59));
  }

  @Test
  void a_nul_in_a_parameter_is_left_out_as_the_request_is_read_and_line_breaks_stay() {
    QapiParams p =
        QapiParams.builder().addForm("ItemTitle=a%00b%EF%BF%BFc&SellerMemo=x%0D%0Ay").build();
    assertThat(p.text("ItemTitle")).isEqualTo("abc");
    assertThat(p.text("SellerMemo")).isEqualTo("x\r\ny");
  }
}
