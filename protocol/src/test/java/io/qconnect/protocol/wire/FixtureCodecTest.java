package io.qconnect.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.protocol.fixture.QapiFixture;
import io.qconnect.protocol.fixture.QapiFixtures;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Drives the parser and the codec with every fixture file under {@code qapi/}. */
class FixtureCodecTest {
  private final QapiCodec codec = new QapiCodec();

  static Stream<QapiFixture> fixtures() {
    return QapiFixtures.all().stream();
  }

  static Stream<QapiFixture> answers() {
    return fixtures().filter(f -> f.status() == 200 && f.expect().has("envelope"));
  }

  static Stream<QapiFixture> canonical() {
    return answers().filter(f -> f.expect().path("canonical").asBoolean());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parses_the_request_of(QapiFixture f) {
    QapiRequest r = f.parsedRequest();
    JsonNode call = f.expect().get("call");
    assertThat(r.service()).isEqualTo(call.get("service").asText());
    assertThat(r.className()).isEqualTo(call.get("class").asText());
    assertThat(r.methodName()).isEqualTo(call.get("method").asText());
    assertThat(r.key()).contains(call.get("key").asText());
    assertThat(r.version()).isEqualTo(call.get("version").asText());
    assertThat(r.returnType().name()).isEqualTo(call.get("returnType").asText());
    Map<String, String> params = new LinkedHashMap<>();
    call.get("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
    assertThat(r.params().asMap()).containsExactlyEntriesOf(params);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void decodes_the_answer_of(QapiFixture f) {
    QapiResponse decoded = codec.decode(f.response(), shapeOf(f));
    JsonNode e = f.expect();
    String envelope =
        switch (decoded) {
          case QapiResponse.Std s -> "std";
          case QapiResponse.Custom c -> "custom";
          case QapiResponse.GatewayError g -> "gateway";
          case QapiResponse.PlainText p -> "text";
        };
    assertThat(envelope).isEqualTo(e.get("envelope").asText());
    if (decoded instanceof QapiResponse.PlainText p) {
      assertThat(p.text()).isEqualTo(e.get("text").asText());
      return;
    }
    assertThat(decoded.codeOrNull()).isEqualTo(e.get("code").asInt());
    assertThat(message(decoded)).isEqualTo(e.get("message").asText());
    if (e.has("resultObject")) {
      JsonNode actual = ((QapiResponse.Custom) decoded).resultObject();
      assertSubset(f.name(), "ResultObject", e.get("resultObject"), actual);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonical")
  void encodes_the_answer_of(QapiFixture f) {
    QapiResponse decoded = codec.decode(f.response(), shapeOf(f));
    QapiCodec.Encoded encoded = codec.encode(decoded, f.parsedRequest().returnType());
    assertThat(new String(encoded.body(), StandardCharsets.UTF_8)).isEqualTo(f.responseText());
  }

  static ResultShape shapeOf(QapiFixture f) {
    return f.parsedRequest().method().map(QapiMethod::shape).orElse(ResultShape.STD);
  }

  private static String message(QapiResponse r) {
    return switch (r) {
      case QapiResponse.Std s -> s.message();
      case QapiResponse.Custom c -> c.message();
      case QapiResponse.GatewayError g -> g.message();
      case QapiResponse.PlainText p -> p.text();
    };
  }

  /** Every expected field is present with the same name (case matters) and the same text. */
  static void assertSubset(String fixture, String path, JsonNode expected, JsonNode actual) {
    if (actual == null || actual.isMissingNode()) {
      fail(fixture + ": " + path + " is missing");
    }
    if (expected.isObject()) {
      assertThat(actual.isObject()).as(fixture + ": " + path + " is an object").isTrue();
      expected
          .properties()
          .forEach(
              e ->
                  assertSubset(
                      fixture, path + "." + e.getKey(), e.getValue(), actual.get(e.getKey())));
    } else if (expected.isArray()) {
      assertThat(actual.isArray()).as(fixture + ": " + path + " is an array").isTrue();
      assertThat(actual.size()).as(fixture + ": " + path + " size").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSubset(fixture, path + "[" + i + "]", expected.get(i), actual.get(i));
      }
    } else {
      assertThat(actual.asText()).as(fixture + ": " + path).isEqualTo(expected.asText());
    }
  }
}
