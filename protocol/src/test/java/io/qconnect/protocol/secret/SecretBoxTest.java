package io.qconnect.protocol.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
  @TempDir Path dir;

  @Test
  void seals_and_opens_a_secret_without_showing_it() {
    SecretBox box = SecretBox.random();
    String sealed = box.seal("Pa$$w0rd!日本");
    assertThat(sealed).startsWith("v1:").doesNotContain("Pa$$w0rd");
    assertThat(box.open(sealed)).isEqualTo("Pa$$w0rd!日本");
    assertThat(box.seal("same")).isNotEqualTo(box.seal("same"));
  }

  @Test
  void refuses_another_keys_or_altered_ciphertext() {
    String sealed = SecretBox.random().seal("secret");
    assertThatThrownBy(() -> SecretBox.random().open(sealed))
        .isInstanceOf(IllegalArgumentException.class);
    SecretBox box = SecretBox.random();
    String s = box.seal("secret");
    String altered = s.substring(0, s.length() - 2) + (s.endsWith("A") ? "B" : "A") + "=";
    assertThatThrownBy(() -> box.open(altered)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void creates_a_key_file_readable_only_by_its_owner_and_reuses_it() throws Exception {
    Path file = dir.resolve("secret.key");
    String sealed = SecretBox.load(null, file).seal("x");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(SecretBox.load("", file).open(sealed)).isEqualTo("x");
  }

  @Test
  void masks_and_fingerprints() {
    assertThat(Secrets.mask("ABCDEFGHIJKL")).isEqualTo("ABCD…KL");
    assertThat(Secrets.fingerprint("a")).hasSize(16).isEqualTo(Secrets.fingerprint("a"));
  }
}
