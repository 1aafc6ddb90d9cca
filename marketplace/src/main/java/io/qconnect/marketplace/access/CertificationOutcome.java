package io.qconnect.marketplace.access;

import java.time.LocalDateTime;

/** The outcome of CertificationAPI.CreateCertificationKey. */
public sealed interface CertificationOutcome {
  /** A new key; this is the only time its plaintext leaves the marketplace. */
  record Issued(String key, LocalDateTime expiresAt) implements CertificationOutcome {
    @Override
    public String toString() {
      return "Issued[expires " + expiresAt + "]";
    }
  }

  /** The API key is unknown or revoked. */
  record UnknownApiKey() implements CertificationOutcome {}

  /** The login ID is not the API key's seller, or the password is wrong. */
  record WrongLogin() implements CertificationOutcome {}

  /**
   * Too many wrong logins for the seller or the API key (docs/qapi.md §2.2): refused until {@code
   * until} (Japan time) without checking the password.
   */
  record Locked(LocalDateTime until) implements CertificationOutcome {}

  /** The seller's API use is restricted. */
  record Suspended() implements CertificationOutcome {}
}
