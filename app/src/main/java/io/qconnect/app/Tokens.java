package io.qconnect.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    try {
      Files.writeString(file, token + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return token;
  }
}
