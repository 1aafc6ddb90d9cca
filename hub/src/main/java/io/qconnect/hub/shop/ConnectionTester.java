package io.qconnect.hub.shop;

import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.client.ShippingQuery;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test Connection: a live authenticated call, the key's expiry, and the clocks. */
final class ConnectionTester {
  /** Beyond this, searches by date may miss orders: worth a warning. */
  private static final Duration SKEW_WARNING = Duration.ofMinutes(1);

  private final QapiClients clients;
  private final ClockProbe probe;
  private final Clock clock;

  ConnectionTester(QapiClients clients, ClockProbe probe, Clock clock) {
    this.clients = clients;
    this.probe = probe;
    this.clock = clock;
  }

  ConnectionReport test(Shop shop, String certKey) {
    Instant now = clock.instant();
    ConnectionProblem problem = readCall(shop, certKey).orElse(null);
    Optional<Duration> skew = probe.skew(shop.baseUrl());
    List<String> messages = new ArrayList<>();
    messages.add(
        problem == null
            ? "Connected to " + shop.baseUrl().getHost() + ": the certification key works."
            : problem.message());
    messages.add(expiry(shop, now));
    messages.add(skew.map(ConnectionTester::skewMessage).orElse("The server sent no clock time."));
    return new ConnectionReport(
        shop.shopId(),
        shop.baseUrl(),
        problem == null,
        keyState(problem),
        shop.keyExpiresAt(),
        shop.daysUntilExpiry(now),
        skew.map(Duration::toSeconds).orElse(null),
        problem,
        messages);
  }

  /** GetShippingInfo_v3 for the last minute: cheap, and needs a valid key. */
  private Optional<ConnectionProblem> readCall(Shop shop, String certKey) {
    LocalDateTime to = LocalDateTime.ofInstant(clock.instant(), QapiDates.JST).withNano(0);
    ShippingQuery q = ShippingQuery.byOrderDate(ShippingStatus.ON_REQUEST, to.minusMinutes(1), to);
    try {
      QapiResult<List<ShippingInfoV3Row>> r =
          clients.forUrl(shop.baseUrl()).seller(new CertificationKey(certKey)).getShippingInfoV3(q);
      return r.isSuccess()
          ? Optional.empty()
          : Optional.of(
              new ConnectionProblem(
                  ConnectionProblem.Cause.UNEXPECTED_ANSWER,
                  "Qoo10 answered " + r.code() + " " + r.message() + " to an order lookup"));
    } catch (QapiException e) {
      return Optional.of(ConnectionProblem.of(e, shop.baseUrl(), false));
    }
  }

  private static ConnectionReport.KeyState keyState(ConnectionProblem p) {
    if (p == null) {
      return ConnectionReport.KeyState.VALID;
    }
    return switch (p.cause()) {
      case KEY_EXPIRED -> ConnectionReport.KeyState.EXPIRED;
      case KEY_REJECTED, NOT_AUTHORIZED, WRONG_API_KEY, WRONG_LOGIN ->
          ConnectionReport.KeyState.REJECTED;
      case UNREACHABLE, UNEXPECTED_ANSWER -> ConnectionReport.KeyState.UNKNOWN;
    };
  }

  private static String expiry(Shop shop, Instant now) {
    String date = shop.keyExpiryDate();
    long days = shop.daysUntilExpiry(now);
    return shop.keyExpired(now)
        ? "The certification key expired on " + date + " (JST): use Renew Tokens."
        : "The certification key expires on " + date + " (JST), in " + days + " days.";
  }

  private static String skewMessage(Duration skew) {
    long s = Math.abs(skew.toSeconds());
    String amount = s < 120 ? s + " seconds" : s / 60 + " minutes";
    if (skew.abs().compareTo(SKEW_WARNING) < 0) {
      return "The hub's clock agrees with the server's (difference " + amount + ").";
    }
    String side = skew.isNegative() ? "ahead of" : "behind";
    return "The hub's clock is "
        + amount
        + " "
        + side
        + " the server's: order searches by date may miss orders; fix the clock.";
  }
}
