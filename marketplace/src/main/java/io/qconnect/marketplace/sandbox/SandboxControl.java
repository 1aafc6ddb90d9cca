package io.qconnect.marketplace.sandbox;

import io.qconnect.marketplace.access.AuthorizationService;
import io.qconnect.marketplace.access.FtpEndpoint;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.catalog.CatalogService;
import io.qconnect.marketplace.qapi.Faults;
import io.qconnect.marketplace.seller.SellerService;
import java.util.Optional;

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

  /** Bulk upload requests. */
  BulkUploads bulk();

  /** Where sellers reach the FTP server, when it runs. */
  Optional<FtpEndpoint> ftpEndpoint();

  /**
   * Deletes every seller, request, key, item and order: an empty marketplace (registered
   * integrators stay).
   */
  void reset();

  /** Runs the time-driven work now (after the clock moved). */
  void tick();
}
