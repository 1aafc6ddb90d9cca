package io.qconnect.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.protocol.fixture.QapiFixture;
import io.qconnect.protocol.fixture.QapiFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixtures whose {@code expect} names the row type ({@code "rows"}) are written as the
 * marketplace writes them: read into the typed rows the server holds (amounts as decimals), then
 * encoded from those values. The bytes must be the fixture's: every amount a plain integer in JSON
 * and XML (docs/qapi.md §3.6), never {@code 2.98E+3}, {@code 3E+2} or {@code 1580.0}.
 */
class WireNumbersFixtureTest {
  private final QapiCodec codec = new QapiCodec();

  static Stream<QapiFixture> typed() {
    return QapiFixtures.all().stream().filter(f -> f.expect().has("rows"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typed")
  void the_server_writes_the_typed_rows_of_the_fixture_byte_for_byte(QapiFixture f)
      throws Exception {
    ResultShape shape = FixtureCodecTest.shapeOf(f);
    JsonNode tree = ((QapiResponse.Custom) codec.decode(f.response(), shape)).resultObject();
    Class<?> row = Class.forName(f.expect().get("rows").asText());
    JavaType list = QapiJson.mapper().getTypeFactory().constructCollectionType(List.class, row);
    List<?> rows = QapiJson.mapper().convertValue(tree, list);
    QapiResponse answer = QapiResponse.Custom.ofValue(0, "SUCCESS", rows, shape);
    assertThat(codec.encode(answer, f.parsedRequest().returnType()).text())
        .isEqualTo(f.responseText());
  }
}
