package io.qconnect.marketplace;

import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.marketplace.seller.PasswordHasher;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How the marketplace behaves.
 *
 * @param access permission-request handling
 * @param sandboxToken the {@code X-Sandbox-Token} the sandbox control API requires; null to not
 *     mount {@code /sandbox} at all
 * @param passwordIterations PBKDF2 cost for seller passwords ({@link PasswordHasher#ITERATIONS} in
 *     production; tests pass a small one); stored hashes with fewer are replaced at the next login
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
    return new MarketplaceConfig(AccessSettings.demo(), sandboxToken, PasswordHasher.ITERATIONS);
  }

  public MarketplaceConfig withFaultSeed(long seed) {
    return new MarketplaceConfig(access, sandboxToken, passwordIterations, seed);
  }
}
