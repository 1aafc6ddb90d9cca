package io.qconnect.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {
  enum Kind {
    ERROR,
    DELAY
  }

  record Line(String itemCode, Integer qty) {}

  record Counted(int times) {}

  record Order(
      String sellerId,
      Integer count,
      Integer times,
      Boolean paid,
      Double probability,
      LocalDate from,
      Duration advance,
      Kind kind,
      List<Integer> statuses,
      List<Line> lines) {
    Order {
      if (count != null && count < 0) {
        throw new IllegalStateException("count must not be negative");
      }
    }
  }

  private static String error(String body) {
    try {
      JsonBodies.read(body, Order.class, null);
    } catch (JsonBodyException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + body);
  }

  @Test
  void binds_a_body_to_its_record_and_a_blank_body_to_an_empty_one() {
    Order o =
        JsonBodies.read(
            "{\"sellerId\":\"s\",\"count\":5,\"times\":2,\"paid\":true,\"probability\":0.5,"
                + "\"from\":\"2026-01-10\",\"advance\":\"P1D\",\"kind\":\"DELAY\","
                + "\"statuses\":[2,3],\"lines\":[{\"itemCode\":\"A\",\"qty\":1}]}",
            Order.class,
            null);

    assertThat(o.count()).isEqualTo(5);
    assertThat(o.advance()).isEqualTo(Duration.ofDays(1));
    assertThat(o.lines()).containsExactly(new Line("A", 1));
    assertThat(JsonBodies.read(" ", Order.class, null).sellerId()).isNull();
  }

  @Test
  void refuses_unknown_fields_naming_them_with_their_path() {
    assertThat(error("{\"foo\":1}")).isEqualTo("unknown field \"foo\"");
    assertThat(error("{\"lines\":[{\"itemCode\":\"A\"},{\"bar\":1}]}"))
        .isEqualTo("unknown field \"lines[1].bar\"");
    assertThatThrownBy(() -> JsonBodies.read("{\"foo\":1}", Order.class, "order"))
        .hasMessage("order: unknown field \"foo\"");
  }

  @Test
  void does_not_coerce_scalars() {
    assertThat(error("{\"count\":\"5\"}")).isEqualTo("\"count\" must be a whole number");
    assertThat(error("{\"count\":5.5}")).isEqualTo("\"count\" must be a whole number");
    assertThatThrownBy(() -> JsonBodies.read("{\"times\":null}", Counted.class, null))
        .hasMessage("\"times\" must be a whole number");
    assertThat(error("{\"sellerId\":5}")).isEqualTo("\"sellerId\" must be text");
    assertThat(error("{\"sellerId\":true}")).isEqualTo("\"sellerId\" must be text");
    assertThat(error("{\"paid\":\"yes\"}")).isEqualTo("\"paid\" must be true or false");
    assertThat(error("{\"paid\":1}")).isEqualTo("\"paid\" must be true or false");
    assertThat(error("{\"probability\":\"0.5\"}")).isEqualTo("\"probability\" must be a number");
    assertThat(error("{\"statuses\":[2,\"3\"]}"))
        .isEqualTo("\"statuses[1]\" must be a whole number");
    assertThat(error("{\"statuses\":[2,null]}"))
        .isEqualTo("\"statuses[1]\" must be a whole number");
    assertThat(error("{\"lines\":[null]}")).isEqualTo("\"lines[0]\" must be a JSON object");
    assertThat(error("{\"lines\":[{\"qty\":\"1\"}]}"))
        .isEqualTo("\"lines[0].qty\" must be a whole number");
  }

  @Test
  void names_the_expected_shape_of_dates_durations_enums_lists_and_objects() {
    assertThat(error("{\"from\":\"2026-13-01\"}"))
        .isEqualTo("\"from\" must be a date (yyyy-MM-dd)");
    assertThat(error("{\"advance\":\"tomorrow\"}"))
        .isEqualTo("\"advance\" must be an ISO-8601 duration (PT5M, P1D)");
    assertThat(error("{\"kind\":\"BOOM\"}")).isEqualTo("\"kind\" must be one of ERROR, DELAY");
    assertThat(error("{\"statuses\":2}")).isEqualTo("\"statuses\" must be a JSON array");
    assertThat(error("{\"lines\":[1]}")).isEqualTo("\"lines[0]\" must be a JSON object");
    assertThat(error("[]")).isEqualTo("the body must be a JSON object");
    assertThat(error("{\"count\":")).startsWith("the body is not JSON: ");
    assertThatThrownBy(() -> JsonBodies.read("{}", new TypeReference<List<Line>>() {}, null))
        .hasMessage("the body must be a JSON array");
  }

  @Test
  void a_records_own_validation_comes_out_as_it_is() {
    assertThatThrownBy(() -> JsonBodies.read("{\"count\":-1}", Order.class, null))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("count must not be negative");
  }

  @Test
  void a_number_beyond_its_field_range_is_refused_in_the_field_terms() {
    assertThat(error("{\"count\":99999999999999999999}"))
        .isEqualTo("\"count\" must be a whole number within its range");
    assertThat(error("{\"lines\":[{\"qty\":3000000000}]}"))
        .isEqualTo("\"lines[0].qty\" must be a whole number within its range");
  }

  @Test
  void the_json_literal_null_is_refused_as_a_body_not_bound_to_nothing() {
    assertThat(error("null")).isEqualTo("the body must be a JSON object");
    assertThat(error(" null ")).isEqualTo("the body must be a JSON object");
    assertThatThrownBy(() -> JsonBodies.read("null", new TypeReference<List<Line>>() {}, null))
        .isInstanceOf(JsonBodyException.class)
        .hasMessage("the body must be a JSON array");
  }
}
