package io.qconnect.marketplace;

import io.qconnect.marketplace.access.AccessSettings;
import java.util.Objects;

/**
 * How the marketplace behaves.
 *
 * @param access permission-request handling
 * @param sandboxToken the {@code X-Sandbox-Token} the sandbox control API requires; null to not
 *     mount {@code /sandbox} at all
 * @param passwordIterations PBKDF2 cost for seller passwords
 */
public record MarketplaceConfig(
    AccessSettings access, String sandboxToken, int passwordIterations) {
  public MarketplaceConfig {
    Objects.requireNonNull(access, "access");
  }

  public static MarketplaceConfig demo(String sandboxToken) {
    return new MarketplaceConfig(AccessSettings.demo(), sandboxToken, 210_000);
  }
}
