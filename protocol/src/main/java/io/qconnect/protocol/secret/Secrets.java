package io.qconnect.protocol.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Masking and fingerprinting of secrets, so that no full secret is ever shown or logged. */
public final class Secrets {
  private Secrets() {}

  /** Shows at most the first four and the last two characters: {@code abcd…yz}. */
  public static String mask(String secret) {
    if (secret == null || secret.isEmpty()) {
      return "";
    }
    if (secret.length() <= 8) {
      return "…";
    }
    return secret.substring(0, 4) + "…" + secret.substring(secret.length() - 2);
  }

  /** A stable, non-reversible identifier of a secret (first 16 hex digits of its SHA-256). */
  public static String fingerprint(String secret) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
