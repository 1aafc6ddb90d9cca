/**
 * The QAPI wire format, shared by the marketplace (server) and the client so that the two cannot
 * drift.
 *
 * <p>Start with {@link io.qconnect.protocol.wire.QapiMethod} (the methods this project speaks),
 * {@link io.qconnect.protocol.wire.QapiRequestParser} (the three request styles) and {@link
 * io.qconnect.protocol.wire.QapiCodec} (JSON and .NET-XmlSerializer-shaped XML envelopes). The
 * behaviour is described in {@code docs/qapi.md}; where the public sources are uncertain, the
 * choice made here is documented on the type that makes it.
 */
package io.qconnect.protocol.wire;
