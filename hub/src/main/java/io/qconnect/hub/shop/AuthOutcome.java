package io.qconnect.hub.shop;

import io.qconnect.protocol.client.CertificationKey;
import java.time.Instant;

/** The result of Get Auth (CreateCertificationKey). */
sealed interface AuthOutcome {
  /** Qoo10 issued a certification key. */
  record Issued(CertificationKey key, Instant issuedAt) implements AuthOutcome {}

  /** No key; the problem says why. */
  record Refused(ConnectionProblem problem) implements AuthOutcome {}
}
