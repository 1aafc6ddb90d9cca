package io.qconnect.protocol.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest with AES-256-GCM under one master key. Ciphertext is text: {@code v1:}
 * followed by base64 of a 12-byte nonce and the sealed bytes. The master key comes from {@code
 * QC_SECRET_KEY} (base64 of 32 bytes) or a key file created on first start with owner-only
 * permissions.
 */
public final class SecretBox {
  private static final String PREFIX = "v1:";
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public SecretBox(byte[] masterKey) {
    Objects.requireNonNull(masterKey, "masterKey");
    if (masterKey.length != 32) {
      throw new IllegalArgumentException(
          "the master key must be 32 bytes, not " + masterKey.length);
    }
    this.key = new SecretKeySpec(masterKey.clone(), "AES");
  }

  /** A box with a new random key, for tests and throw-away sandboxes. */
  public static SecretBox random() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return new SecretBox(k);
  }

  /**
   * The box for a data directory: the base64 key in {@code envKey} when given, otherwise the key in
   * {@code keyFile}, created when missing.
   */
  public static SecretBox load(String envKey, Path keyFile) {
    if (envKey != null && !envKey.isBlank()) {
      return new SecretBox(Base64.getDecoder().decode(envKey.trim()));
    }
    try {
      if (Files.exists(keyFile)) {
        return new SecretBox(Base64.getDecoder().decode(Files.readString(keyFile).trim()));
      }
      byte[] k = new byte[32];
      new SecureRandom().nextBytes(k);
      Files.createDirectories(keyFile.toAbsolutePath().getParent());
      Files.writeString(
          keyFile, Base64.getEncoder().encodeToString(k), StandardOpenOption.CREATE_NEW);
      restrict(keyFile);
      return new SecretBox(k);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the secret key file " + keyFile, e);
    }
  }

  public String seal(String plaintext) {
    Objects.requireNonNull(plaintext, "plaintext");
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed);
      return PREFIX + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * @throws IllegalArgumentException when the text was not sealed by this key or was altered
   */
  public String open(String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a sealed secret");
    }
    try {
      byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
      return new String(c.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException("the secret cannot be opened with this key", e);
    }
  }

  private static void restrict(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the directory's permissions apply
    }
  }
}
