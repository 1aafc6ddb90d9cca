package io.qconnect.marketplace.access;

import java.time.LocalDateTime;

/**
 * The FTP account an approved FTP request opens. Its details are shown only from {@code
 * visibleFrom} on (the guides: "it can take several hours until the FTP information is reflected").
 */
public record FtpAccount(
    String sellerId,
    String username,
    String sealedPassword,
    LocalDateTime approvedAt,
    LocalDateTime visibleFrom) {

  /** Never prints the password. */
  @Override
  public String toString() {
    return "FtpAccount[" + sellerId + ", " + username + ", visible from " + visibleFrom + "]";
  }
}
