package io.qconnect.marketplace.qapi;

import io.qconnect.protocol.wire.QapiParams;
import java.util.Objects;

/**
 * A QAPI call whose certification key was valid.
 *
 * @param sellerId the key's seller
 * @param params the call's parameters (names ignoring case)
 * @param version the QAPIVersion sent
 */
public record SellerCall(String sellerId, QapiParams params, String version) {
  public SellerCall {
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(version, "version");
  }

  /** A parameter's value, trimmed, "" when absent. */
  public String text(String name) {
    return params.text(name).strip();
  }
}
