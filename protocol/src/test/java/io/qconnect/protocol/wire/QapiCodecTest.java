package io.qconnect.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QapiCodecTest {
  private final QapiCodec codec = new QapiCodec();

  @Test
  void escapes_markup_in_xml_text() {
    QapiResponse r = new QapiResponse.Std(-10001, "a < b & c > d");
    String xml = codec.encode(r, ReturnType.XML).text();
    assertThat(xml).contains("<ResultMsg>a &lt; b &amp; c &gt; d</ResultMsg>");
    assertThat(codec.decode(xml.getBytes(StandardCharsets.UTF_8), ResultShape.STD)).isEqualTo(r);
  }

  @Test
  void gateway_errors_are_json_even_when_xml_was_asked_for() {
    QapiCodec.Encoded e =
        codec.encode(new QapiResponse.GatewayError(-90001, "存在しないAPIです。"), ReturnType.XML);
    assertThat(e.contentType()).startsWith("application/json");
    assertThat(e.text()).isEqualTo("{\"ErrorCode\":-90001,\"ErrorMsg\":\"存在しないAPIです。\"}");
  }

  /** A row as a server answers it: decimals with and without trailing zeros, nulls, text. */
  record Row(
      String name,
      BigDecimal price,
      BigDecimal zero,
      BigDecimal rate,
      Integer missing,
      double weight,
      long orderNo,
      List<String> tags,
      Map<String, Object> extra) {}

  @Test
  void a_result_held_as_a_value_encodes_byte_for_byte_as_its_tree() {
    Map<String, Object> extra = new java.util.LinkedHashMap<>();
    extra.put("Price", new BigDecimal("1200.50"));
    extra.put("Note", null);
    List<Row> rows =
        List.of(
            new Row(
                "Tシャツ \"青\" <L>\n",
                new BigDecimal("2980.00"),
                new BigDecimal("0.00"),
                new BigDecimal("0.10"),
                null,
                1.5,
                2_000_000_001L,
                List.of("a", "b"),
                extra),
            new Row(
                "",
                BigDecimal.ONE,
                BigDecimal.ZERO,
                new BigDecimal("1E+3"),
                7,
                0,
                0,
                List.of(),
                Map.of()));
    ResultShape shape = ResultShape.list("Row");
    for (Object value : List.of(rows, "a-certification-key", List.of())) {
      QapiResponse direct = QapiResponse.Custom.ofValue(0, "SUCCESS", value, shape);
      QapiResponse tree = new QapiResponse.Custom(0, "SUCCESS", QapiCodec.tree(value), shape);
      for (ReturnType type : ReturnType.values()) {
        assertThat(codec.encode(direct, type).text()).isEqualTo(codec.encode(tree, type).text());
      }
      assertThat(((QapiResponse.Custom) direct).resultObject())
          .isEqualTo(((QapiResponse.Custom) tree).resultObject());
    }
  }

  /**
   * A row the encoder may write from kept bytes, hashed by its order number alone: rows of one
   * order number that differ elsewhere share a bucket of the cache and must still be told apart.
   */
  record KeptRow(String name, BigDecimal price, Integer missing, long orderNo) implements QapiRow {
    @Override
    public int rowHash() {
      return Long.hashCode(orderNo);
    }
  }

  @Test
  void rows_written_again_from_kept_bytes_are_byte_for_byte_what_encoding_them_gives() {
    ResultShape shape = ResultShape.list("Row");
    List<KeptRow> first =
        List.of(
            new KeptRow("Tシャツ \"青\" <L>\u0001\n", new BigDecimal("2980.00"), null, 1L),
            new KeptRow("", BigDecimal.ONE, 7, 2L));
    // equal rows, other instances: written from the bytes the first call kept
    List<KeptRow> again =
        List.of(
            new KeptRow("Tシャツ \"青\" <L>\u0001\n", new BigDecimal("2980.00"), null, 1L),
            new KeptRow("", BigDecimal.ONE, 7, 2L));
    // the same name at another price is another row, written as itself
    List<KeptRow> changed =
        List.of(new KeptRow("Tシャツ \"青\" <L>\u0001\n", new BigDecimal("2981.5"), null, 1L));
    for (List<KeptRow> rows : List.of(first, again, changed, first)) {
      QapiResponse direct = QapiResponse.Custom.ofValue(0, "SUCCESS", rows, shape);
      QapiResponse tree = new QapiResponse.Custom(0, "SUCCESS", QapiCodec.tree(rows), shape);
      assertThat(codec.encode(direct, ReturnType.JSON).text())
          .isEqualTo(codec.encode(tree, ReturnType.JSON).text())
          .doesNotContain("\u0001");
    }
    assertThat(
            codec
                .encode(QapiResponse.Custom.ofValue(0, "SUCCESS", changed, shape), ReturnType.JSON)
                .text())
        .contains("\"price\":2981.5,");
  }

  @Test
  void an_empty_list_is_an_empty_result_object_element() {
    QapiResponse r =
        new QapiResponse.Custom(
            0, "SUCCESS", JsonNodeFactory.instance.arrayNode(), ResultShape.list("X"));
    assertThat(codec.encode(r, ReturnType.XML).text()).contains("  <ResultObject />\n");
  }

  @Test
  void a_json_body_without_a_result_code_is_malformed() {
    assertThatThrownBy(
            () -> codec.decode("{\"foo\":1}".getBytes(StandardCharsets.UTF_8), ResultShape.STD))
        .isInstanceOf(QapiTransportException.class)
        .hasMessageContaining("neither ResultCode nor ErrorCode");
  }

  @Test
  void a_non_numeric_result_code_is_malformed() {
    assertThatThrownBy(
            () ->
                codec.decode(
                    "{\"ResultCode\":\"x\"}".getBytes(StandardCharsets.UTF_8), ResultShape.STD))
        .isInstanceOf(QapiTransportException.class)
        .hasMessageContaining("'x'");
  }

  @Test
  void xml_with_a_doctype_is_refused() {
    String evil =
        "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><StdResult><ResultCode>&x;</ResultCode></StdResult>";
    assertThatThrownBy(() -> codec.decode(evil.getBytes(StandardCharsets.UTF_8), ResultShape.STD))
        .isInstanceOf(QapiTransportException.class);
  }

  @Test
  void plain_text_decodes_as_plain_text() {
    assertThat(
            codec.decode(
                "  Can't find service Name Foo\n".getBytes(StandardCharsets.UTF_8),
                ResultShape.STD))
        .isEqualTo(QapiResponse.unknownService("Foo"));
  }

  @Test
  void a_nested_list_of_one_survives_an_xml_round_trip() {
    QapiResponse r =
        new QapiResponse.Custom(
            0,
            "SUCCESS",
            QapiCodec.tree(Map.of("Items", List.of(Map.of("ItemCode", "1")))),
            ResultShape.object("GoodsInfoList"));
    String xml = codec.encode(r, ReturnType.XML).text();
    QapiResponse back =
        codec.decode(xml.getBytes(StandardCharsets.UTF_8), ResultShape.object("GoodsInfoList"));
    assertThat(((QapiResponse.Custom) back).resultObject().get("Items").isArray()).isTrue();
  }
}
