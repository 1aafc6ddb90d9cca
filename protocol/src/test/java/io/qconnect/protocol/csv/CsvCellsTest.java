package io.qconnect.protocol.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Drives {@link CsvCells} with the cases of {@code csv/formula-cells.json}. */
class CsvCellsTest {
  private static JsonNode fixture(String part) {
    try (InputStream in = CsvCellsTest.class.getResourceAsStream("/csv/formula-cells.json")) {
      return new ObjectMapper().readTree(in).get(part);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<JsonNode> cells() {
    return StreamSupport.stream(fixture("cells").spliterator(), false);
  }

  static Stream<JsonNode> rows() {
    return StreamSupport.stream(fixture("rows").spliterator(), false);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cells")
  void a_cell_is_written_inert(JsonNode c) {
    String in = c.get("in").isNull() ? null : c.get("in").asText();
    assertThat(CsvCells.safe(in)).as(c.get("why").asText()).isEqualTo(c.get("safe").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void a_row_is_written_safe_and_quoted(JsonNode r) {
    List<String> in = new ArrayList<>();
    r.get("in").forEach(n -> in.add(n.asText()));
    assertThat(CsvCells.row(in)).as(r.get("why").asText()).isEqualTo(r.get("line").asText());
  }
}
