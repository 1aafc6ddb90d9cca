package io.qconnect.marketplace;

import io.qconnect.marketplace.access.AccessSettings;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How the marketplace behaves.
 *
 * @param access permission-request handling
 * @param sandboxToken the {@code X-Sandbox-Token} the sandbox control API requires; null to not
 *     mount {@code /sandbox} at all
 * @param passwordIterations PBKDF2 cost for seller passwords
 * @param faultSeed seeds the random draws of the sandbox fault rules that have no seed of their
 *     own: the same seed and the same calls give the same faults
 */
public record MarketplaceConfig(
    AccessSettings access, String sandboxToken, int passwordIterations, long faultSeed) {
  public MarketplaceConfig {
    Objects.requireNonNull(access, "access");
  }

  /** A configuration whose fault seed is drawn at random. */
  public MarketplaceConfig(AccessSettings access, String sandboxToken, int passwordIterations) {
    this(access, sandboxToken, passwordIterations, new SplittableRandom().nextLong());
  }

  public static MarketplaceConfig demo(String sandboxToken) {
    return new MarketplaceConfig(AccessSettings.demo(), sandboxToken, 210_000);
  }

  public MarketplaceConfig withFaultSeed(long seed) {
    return new MarketplaceConfig(access, sandboxToken, passwordIterations, seed);
  }
}
