package io.qconnect.protocol.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Masking and fingerprinting of secrets, so that no full secret is ever shown or logged. */
public final class Secrets {
  private Secrets() {}

  /** {@code name=value} of a secret parameter (query strings, form bodies, messages). */
  private static final Pattern PARAM =
      Pattern.compile(
          "(?i)(?<![a-z0-9_])((?:certification_?key|key|api_?key|password|passwd|pwd|token|secret"
              + "|sandbox_?token|metrics_?token)=)[^&\\s\"',;<>]+");

  /** {@code "name": "value"} of a secret field in JSON. */
  private static final Pattern JSON_FIELD =
      Pattern.compile(
          "(?i)(\"(?:certificationKey|certKey|key|apiKey|password|pwd|token|secret)\"\\s*:\\s*\")"
              + "(?:[^\"\\\\]|\\\\.)*\"");

  /** {@code scheme://user:password@} in a URL. */
  private static final Pattern USERINFO =
      Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/?#\\s@\"'<>]*@");

  /** {@code Authorization: Bearer ...} or {@code Basic ...}. */
  private static final Pattern BEARER =
      Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{6,}");

  /**
   * The text with every secret it carries replaced by {@code ***}: {@code key=}, {@code
   * CertificationKey=}, {@code apiKey=}, {@code password=}, {@code pwd=}, {@code token=} values,
   * the same fields in JSON, {@code user:password@} in URLs and bearer tokens. For log lines and
   * texts shown back to people.
   */
  public static String redact(CharSequence text) {
    if (text == null) {
      return null;
    }
    String s = text.toString();
    if (s.indexOf('=') < 0 && s.indexOf('@') < 0 && s.indexOf(':') < 0) {
      return s;
    }
    s = PARAM.matcher(s).replaceAll("$1***");
    s = JSON_FIELD.matcher(s).replaceAll("$1***\"");
    s = USERINFO.matcher(s).replaceAll("$1***@");
    s = BEARER.matcher(s).replaceAll("$1 ***");
    return s;
  }

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
