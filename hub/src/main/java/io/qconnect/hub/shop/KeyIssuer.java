package io.qconnect.hub.shop;

import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.wire.QapiException;
import java.net.URI;
import java.time.Clock;

/** Get Auth: CreateCertificationKey with the API key, the QSM login ID and the password. */
final class KeyIssuer {
  private final QapiClients clients;
  private final Clock clock;

  KeyIssuer(QapiClients clients, Clock clock) {
    this.clients = clients;
    this.clock = clock;
  }

  AuthOutcome issue(URI baseUrl, String apiKey, String shopId, String password) {
    try {
      QapiResult<CertificationKey> r =
          clients.forUrl(baseUrl).createCertificationKey(new ApiKey(apiKey), shopId, password);
      if (r.isSuccess()) {
        return new AuthOutcome.Issued(r.value(), clock.instant());
      }
      return new AuthOutcome.Refused(ConnectionProblem.loginRefused(r.code(), r.message()));
    } catch (QapiException e) {
      return new AuthOutcome.Refused(ConnectionProblem.of(e, baseUrl, true));
    }
  }
}
