package io.qconnect.protocol.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactTest {
  @Test
  void keys_passwords_and_tokens_in_parameters_are_masked() {
    assertThat(Secrets.redact("GET /x?key=abc123&v=1.0&CertificationKey=zz9&pwd=p@ss&apiKey=K1"))
        .isEqualTo("GET /x?key=***&v=1.0&CertificationKey=***&pwd=***&apiKey=***");
    assertThat(Secrets.redact("password=hunter2 token=t0k3n")).isEqualTo("password=*** token=***");
  }

  @Test
  void other_parameters_that_end_in_key_are_left_alone_only_when_they_are_another_word() {
    assertThat(Secrets.redact("sortKey=name&monkey=5")).isEqualTo("sortKey=name&monkey=5");
  }

  @Test
  void credentials_in_urls_json_fields_and_bearer_tokens_are_masked() {
    assertThat(Secrets.redact("at http://admin:s3cret@host:8080/p and https://u@h/"))
        .isEqualTo("at http://***@host:8080/p and https://***@h/");
    assertThat(Secrets.redact("{\"apiKey\":\"A\\\"B\",\"password\": \"x\",\"shopId\":\"s\"}"))
        .isEqualTo("{\"apiKey\":\"***\",\"password\": \"***\",\"shopId\":\"s\"}");
    assertThat(Secrets.redact("Authorization: Bearer abcdef123456"))
        .isEqualTo("Authorization: Bearer ***");
  }

  @Test
  void text_without_secrets_is_unchanged() {
    assertThat(Secrets.redact("shop demo-shop connected (key Edua…3_)"))
        .isEqualTo("shop demo-shop connected (key Edua…3_)");
    assertThat(Secrets.redact(null)).isNull();
  }
}
