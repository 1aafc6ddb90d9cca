package io.qconnect.marketplace.access;

import java.time.LocalDateTime;

/** A one-time code exchanged for the certification key it stands for. */
public record Exchanged(String certificationKey, String sellerId, LocalDateTime expiresAt) {
  @Override
  public String toString() {
    return "Exchanged[" + sellerId + ", expires " + expiresAt + "]";
  }
}
