package io.qconnect.protocol.client;

import io.qconnect.protocol.secret.Secrets;
import java.util.Objects;

/**
 * A seller authorization key (SAK, "certification key"), valid one year from issue. Sent on every
 * call. {@link #toString()} masks it, so it cannot leak through logs or messages.
 */
public record CertificationKey(String value) {
  public CertificationKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("certification key is blank");
    }
  }

  /** The first four and last two characters, the rest hidden. */
  public String masked() {
    return Secrets.mask(value);
  }

  @Override
  public String toString() {
    return "CertificationKey[" + masked() + "]";
  }
}
