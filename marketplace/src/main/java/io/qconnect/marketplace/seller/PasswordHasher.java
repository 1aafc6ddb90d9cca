package io.qconnect.marketplace.seller;

import io.qconnect.marketplace.core.MarketplaceException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, deliberately slow password hashes: PBKDF2 with HMAC-SHA256, stored as {@code
 * pbkdf2-sha256$iterations$salt$hash} so that the cost can be raised without a migration: a hash
 * with fewer iterations still verifies, and {@link #needsRehash} tells the caller to store a new
 * one at the next successful login.
 */
public final class PasswordHasher {
  /**
   * The production cost, the one place it is set: OWASP's guidance for PBKDF2-HMAC-SHA256 (2023),
   * about 0.3 s on a laptop core.
   */
  public static final int ITERATIONS = 600_000;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT = 16;
  private static final int BITS = 256;
  private final int iterations;
  private final SecureRandom random = new SecureRandom();

  public PasswordHasher(int iterations) {
    if (iterations < 1000) {
      throw new IllegalArgumentException("too few PBKDF2 iterations: " + iterations);
    }
    this.iterations = iterations;
  }

  /** The production cost, {@value #ITERATIONS} iterations. */
  public static PasswordHasher standard() {
    return new PasswordHasher(ITERATIONS);
  }

  /** The iterations of new hashes. */
  public int iterations() {
    return iterations;
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT];
    random.nextBytes(salt);
    byte[] h = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(h);
  }

  /** Constant-time comparison against a stored hash; false for any malformed hash. */
  public boolean verify(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] p = stored.split("\\$");
    if (p.length != 4 || !p[0].equals(SCHEME)) {
      return false;
    }
    try {
      Base64.Decoder b64 = Base64.getDecoder();
      byte[] expected = b64.decode(p[3]);
      byte[] actual = derive(password, b64.decode(p[2]), Integer.parseInt(p[1]));
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * True when a stored hash (one that {@link #verify} accepted) has fewer iterations than this
   * hasher's, so that it should be replaced by a new {@link #hash} of the same password.
   */
  public boolean needsRehash(String stored) {
    String[] p = stored == null ? new String[0] : stored.split("\\$");
    if (p.length != 4 || !p[0].equals(SCHEME)) {
      return true;
    }
    try {
      return Integer.parseInt(p[1]) < iterations;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** Refuses passwords a seller should not have; says why. */
  public static void checkStrength(String password) {
    if (password == null || password.length() < 8) {
      throw new MarketplaceException("the password must have at least 8 characters");
    }
    if (password.length() > 200) {
      throw new MarketplaceException("the password must have at most 200 characters");
    }
  }

  private static byte[] derive(String password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    }
  }
}
