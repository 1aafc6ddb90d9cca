package io.qconnect.marketplace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.protocol.wire.QapiResponse;

/** Assertions on decoded envelopes. */
final class JsonAssert {
  private JsonAssert() {}

  /** The envelope is a success whose first result row has this field value. */
  static void firstRow(QapiResponse r, String field, String value) {
    assertThat(r).isInstanceOf(QapiResponse.Custom.class);
    QapiResponse.Custom c = (QapiResponse.Custom) r;
    assertThat(c.code()).isZero();
    JsonNode row = c.resultObject().isArray() ? c.resultObject().get(0) : c.resultObject();
    assertThat(row.get(field).asText()).isEqualTo(value);
  }
}
