package io.qconnect.protocol.client;

import io.qconnect.protocol.secret.Secrets;
import java.util.Objects;

/**
 * The API key ("API ID") Qoo10 staff issue to a seller; only used to obtain certification keys.
 * {@link #toString()} masks it.
 */
public record ApiKey(String value) {
  public ApiKey {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("API key is blank");
    }
  }

  public String masked() {
    return Secrets.mask(value);
  }

  @Override
  public String toString() {
    return "ApiKey[" + masked() + "]";
  }
}
