package io.qconnect.marketplace.sandbox;

import io.qconnect.marketplace.access.AuthorizationService;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.qapi.Faults;
import io.qconnect.marketplace.seller.SellerService;

/**
 * What the {@code /sandbox} API drives: the parts of the marketplace an integrator's test suite
 * sets up and moves (the facade implements it, so this package does not depend on the facade).
 */
public interface SandboxControl {
  SandboxClock clock();

  SellerService sellers();

  KeyService keys();

  CatalogService catalog();

  /** Get Auth integrators. */
  AuthorizationService authorizations();

  Faults faults();

  /**
   * Deletes every seller, request, key, item and order: an empty marketplace (registered
   * integrators stay).
   */
  void reset();

  /** Runs the time-driven work now (after the clock moved). */
  void tick();
}
