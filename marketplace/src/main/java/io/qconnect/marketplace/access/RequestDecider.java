package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link AccessService} decides a request: by its conditions now (rejected with the failing
 * ones, or approved and the permission granted), only on a business day once it is due, and
 * recorded once (a request decided meanwhile is not decided again).
 */
final class RequestDecider {
  private static final Logger LOG = LoggerFactory.getLogger(AccessService.class);

  private final AccessService requests;
  private final JdbcAccessStore store;
  private final Jdbi jdbi;
  private final SellerService sellers;
  private final KeyService keys;
  private final JapaneseBusinessCalendar calendar;
  private final Clock clock;

  RequestDecider(
      AccessService requests,
      JdbcAccessStore store,
      Jdbi jdbi,
      SellerService sellers,
      KeyService keys,
      JapaneseBusinessCalendar calendar,
      Clock clock) {
    this.requests = requests;
    this.store = store;
    this.jdbi = jdbi;
    this.sellers = sellers;
    this.keys = keys;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The refusal of a decision that another one beat. */
  static AccessRefused decidedMeanwhile(long id) {
    return AccessRefused.of(
        AccessRefused.Reason.ALREADY_DECIDED, "request " + id + " was decided meanwhile", id, "");
  }

  java.util.Optional<Decision> decideByConditions(PermissionRequest r, String by) {
    Seller s = sellers.get(r.sellerId());
    List<Failure> failed = Eligibility.failed(s, sellers.standing(s), r.form());
    if (!failed.isEmpty()) {
      if (!decide(r.id(), RequestStatus.REJECTED, failed, "", by)) {
        return java.util.Optional.empty();
      }
      LOG.info("{} request {} rejected: {}", r.kind(), r.id(), failed);
      Decision d = new Decision.Rejected(requests.get(r.id()));
      requests.told(d);
      return java.util.Optional.of(d);
    }
    if (!decide(r.id(), RequestStatus.APPROVED, List.of(), "", by)) {
      return java.util.Optional.empty();
    }
    switch (r.kind()) {
      case API_KEY -> keys.issueApiKey(r.sellerId());
      case FTP -> keys.openFtp(r.sellerId(), requests.settings().ftpInfoDelay());
    }
    LOG.info("{} request {} approved for {}", r.kind(), r.id(), r.sellerId());
    Decision d = new Decision.Approved(requests.get(r.id()));
    requests.told(d);
    return java.util.Optional.of(d);
  }

  PermissionRequest pendingOnBusinessDay(long id) {
    PermissionRequest r = requests.get(id);
    if (r.status() != RequestStatus.PENDING) {
      throw AccessRefused.of(
          AccessRefused.Reason.ALREADY_DECIDED,
          "request " + id + " is already " + r.status(),
          id,
          r.status());
    }
    LocalDate today = Times.today(clock);
    if (!calendar.isBusinessDay(today)) {
      LocalDate next = calendar.nextBusinessDay(today);
      throw AccessRefused.of(
          AccessRefused.Reason.NOT_BUSINESS_DAY,
          "requests are not processed on Saturdays, Sundays or holidays; next business day: "
              + next,
          today,
          next);
    }
    if (r.processOn().isAfter(today)) {
      throw AccessRefused.of(
          AccessRefused.Reason.NOT_DUE,
          "request " + id + " is due on " + r.processOn(),
          id,
          r.processOn());
    }
    return r;
  }

  /** Records a decision now; false when the request was decided meanwhile. */
  boolean decide(long id, RequestStatus status, List<Failure> failed, String note, String by) {
    LocalDateTime now = Times.now(clock);
    return jdbi.withHandle(h -> store.decide(h, id, status, failed, note, now, by));
  }
}
