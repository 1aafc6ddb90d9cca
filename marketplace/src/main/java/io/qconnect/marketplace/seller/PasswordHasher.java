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
 * pbkdf2-sha256$iterations$salt$hash} so that the cost can be raised later without a migration.
 */
public final class PasswordHasher {
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

  /** The production cost (about 100 ms on a laptop core). */
  public static PasswordHasher standard() {
    return new PasswordHasher(210_000);
  }

  public String hash(String password) {
    byte[] salt = new byte[SALT];
    random.nextBytes(salt);
    byte[] h = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder();
    return "pbkdf2-sha256$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(h);
  }

  /** Constant-time comparison against a stored hash; false for any malformed hash. */
  public boolean verify(String password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String[] p = stored.split("\\$");
    if (p.length != 4 || !p[0].equals("pbkdf2-sha256")) {
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
