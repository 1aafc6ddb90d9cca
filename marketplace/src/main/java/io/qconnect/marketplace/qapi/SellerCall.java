package io.qconnect.marketplace.qapi;

import io.qconnect.protocol.wire.QapiParams;
import java.util.Objects;

/**
 * A QAPI call whose certification key was valid.
 *
 * @param sellerId the key's seller
 * @param params the call's parameters (names ignoring case)
 * @param version the QAPIVersion sent
 * @param origin {@code scheme://host[:port]} the call came to, for URLs the answer gives out
 *     (RequestFileDownload); "" when unknown
 */
public record SellerCall(String sellerId, QapiParams params, String version, String origin) {
  public SellerCall {
    Objects.requireNonNull(sellerId, "sellerId");
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(origin, "origin");
  }

  public SellerCall(String sellerId, QapiParams params, String version) {
    this(sellerId, params, version, "");
  }

  /** A parameter's value, trimmed, "" when absent. */
  public String text(String name) {
    return params.text(name).strip();
  }
}
