package io.qconnect.app;

import io.qconnect.app.console.SecretFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Access tokens: the configured value, or a new random one written to a file in the data directory
 * (owner-only) so that scripts on the same machine can read it.
 */
final class Tokens {
  private Tokens() {}

  static String resolve(String configured, Path file) {
    if (!configured.isBlank()) {
      return configured;
    }
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    String token = HexFormat.of().formatHex(b);
    SecretFile.write(file, token + "\n");
    return token;
  }
}
