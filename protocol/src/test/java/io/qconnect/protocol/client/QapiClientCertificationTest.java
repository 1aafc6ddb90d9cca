package io.qconnect.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.protocol.secret.Secrets;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import io.qconnect.protocol.wire.QapiRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QapiClientCertificationTest {
  private ClientHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new ClientHarness();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void exchanges_the_api_key_and_login_for_a_certification_key() {
    QapiResult<CertificationKey> r =
        h.client.createCertificationKey(new ApiKey("APIKEY-DEMO-0001"), "demo-shop", "Pa$$w0rd!");

    assertThat(r.isSuccess()).isTrue();
    assertThat(r.value().value()).startsWith("SAK_g_1_").endsWith("_g_3_");
  }

  @Test
  void sends_the_api_key_in_the_header_and_the_login_as_user_id_and_pwd() {
    h.client.createCertificationKey(new ApiKey("APIKEY-DEMO-0001"), "demo-shop", "Pa$$w0rd!");

    QapiRequest sent = h.server.received().get(0);
    assertThat(sent.fullMethodName()).isEqualTo("CertificationAPI.CreateCertificationKey");
    assertThat(sent.key()).contains("APIKEY-DEMO-0001");
    assertThat(sent.params().asMap())
        .containsExactlyInAnyOrderEntriesOf(
            java.util.Map.of("user_id", "demo-shop", "pwd", "Pa$$w0rd!"));
  }

  @Test
  void reads_a_certification_key_answered_in_xml() {
    QapiResult<CertificationKey> r =
        h.client.createCertificationKey(new ApiKey("APIKEY-XML-0002"), "demo-shop", "Pa$$w0rd!");

    assertThat(r.message()).isEqualTo("成功");
    assertThat(r.value().value()).startsWith("SAK_g_1_");
  }

  @Test
  void an_unknown_api_key_is_a_typed_error() {
    assertThatThrownBy(
            () ->
                h.client.createCertificationKey(
                    new ApiKey("APIKEY-UNKNOWN"), "demo-shop", "Pa$$w0rd!"))
        .isInstanceOf(QapiKeyInvalidException.class)
        .hasMessageContaining("-90001")
        .hasMessageNotContaining("APIKEY-UNKNOWN");
  }

  @Test
  void keys_print_masked() {
    CertificationKey key = new CertificationKey("SAK_g_1_Zm9vYmFyYmF6cXV4_g_3_");
    assertThat(key.toString()).doesNotContain("Zm9vYmFy").contains("SAK_");
    assertThat(new ApiKey("APIKEY-DEMO-0001").toString()).isEqualTo("ApiKey[APIK…01]");
    assertThat(Secrets.mask("short")).isEqualTo("…");
  }
}
