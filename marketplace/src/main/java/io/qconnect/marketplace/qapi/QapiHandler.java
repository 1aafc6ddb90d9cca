package io.qconnect.marketplace.qapi;

import io.qconnect.protocol.wire.QapiResponse;

/** One method's implementation: parameters in, envelope out. */
@FunctionalInterface
public interface QapiHandler {
  QapiResponse handle(SellerCall call);
}
