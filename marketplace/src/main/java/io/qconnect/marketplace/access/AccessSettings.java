package io.qconnect.marketplace.access;

import java.time.Duration;
import java.util.Objects;

/**
 * How permission requests are handled.
 *
 * @param autoApprove decide due requests automatically on business days (on in the demo); off means
 *     staff decide every request
 * @param ftpInfoDelay how long after approval the FTP details become visible (the guides: "several
 *     hours")
 */
public record AccessSettings(boolean autoApprove, Duration ftpInfoDelay) {
  public AccessSettings {
    Objects.requireNonNull(ftpInfoDelay, "ftpInfoDelay");
  }

  public AccessSettings withAutoApprove(boolean on) {
    return new AccessSettings(on, ftpInfoDelay);
  }

  public static AccessSettings demo() {
    return new AccessSettings(true, Duration.ZERO);
  }
}
