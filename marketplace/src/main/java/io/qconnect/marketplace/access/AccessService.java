package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.marketplace.seller.Standing;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API-key and FTP permission requests. A request is processed on the first business day on or after
 * the day it arrives — never on a Saturday, Sunday or Japanese holiday — and queued requests are
 * processed in arrival order. Eligibility is checked when the request is processed, so a seller who
 * gained a shipping delay meanwhile is refused. Both permissions are free.
 */
public final class AccessService {
  /** The longest rejection reason staff may give (its column's size). */
  public static final int MAX_REJECTION_REASON = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(AccessService.class);

  private final JdbcAccessStore store = new JdbcAccessStore();
  private final Jdbi jdbi;
  private final SellerService sellers;
  private final KeyService keys;
  private final JapaneseBusinessCalendar calendar;
  private final Clock clock;
  private volatile AccessSettings settings;
  private volatile java.util.function.Consumer<Decision> listener = d -> {};

  public AccessService(
      Jdbi jdbi,
      SellerService sellers,
      KeyService keys,
      JapaneseBusinessCalendar calendar,
      Clock clock,
      AccessSettings settings) {
    this.jdbi = jdbi;
    this.sellers = sellers;
    this.keys = keys;
    this.calendar = calendar;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Who hears of every decision once it is recorded (the seller notice mails); a failing listener
   * is logged, never undoes the decision.
   */
  public void onDecision(java.util.function.Consumer<Decision> listener) {
    this.listener = java.util.Objects.requireNonNull(listener, "listener");
  }

  private void told(Decision d) {
    try {
      listener.accept(d);
    } catch (RuntimeException e) {
      LOG.warn("the notice of request {} could not be queued", d.request().id(), e);
    }
  }

  public AccessSettings settings() {
    return settings;
  }

  public void settings(AccessSettings s) {
    this.settings = s;
  }

  /**
   * Files a request. It is due on the first business day on or after today; with automatic approval
   * on, a request filed on a business day is decided at once.
   */
  public PermissionRequest file(RequestForm form) {
    sellers.get(form.sellerId());
    LocalDateTime now = Times.now(clock);
    LocalDate processOn = calendar.onOrAfter(now.toLocalDate());
    long id = jdbi.withHandle(h -> store.insert(h, form, now, processOn));
    LOG.info("{} request {} from {} due on {}", form.kind(), id, form.sellerId(), processOn);
    if (settings.autoApprove()) {
      processDue();
    }
    return get(id);
  }

  /**
   * Decides every due request in arrival order, if automatic approval is on and today is a business
   * day.
   *
   * @return the decisions made
   */
  public List<Decision> processDue() {
    List<Decision> out = new ArrayList<>();
    LocalDate today = Times.today(clock);
    if (!settings.autoApprove() || !calendar.isBusinessDay(today)) {
      return out;
    }
    for (PermissionRequest r : jdbi.withHandle(h -> store.due(h, today))) {
      decideByConditions(r, "auto").ifPresent(out::add);
    }
    return out;
  }

  /** Staff approve a pending request; it is still refused when a condition fails. */
  public Decision approve(long id, String staff) {
    PermissionRequest r = pendingOnBusinessDay(id);
    return decideByConditions(r, staff)
        .orElseThrow(() -> new MarketplaceException("request " + id + " was decided meanwhile"));
  }

  /** Staff reject a pending request with a reason the seller can read. */
  public Decision reject(long id, String staff, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new MarketplaceException("a rejection needs a reason");
    }
    if (reason.strip().length() > MAX_REJECTION_REASON) {
      throw new MarketplaceException(
          "a rejection reason (却下理由) may have at most " + MAX_REJECTION_REASON + " characters");
    }
    PermissionRequest r = pendingOnBusinessDay(id);
    if (!decide(r.id(), RequestStatus.REJECTED, List.of(), reason.strip(), staff)) {
      throw new MarketplaceException("request " + id + " was decided meanwhile");
    }
    Decision d = new Decision.Rejected(get(id));
    told(d);
    return d;
  }

  public PermissionRequest get(long id) {
    return jdbi.withHandle(h -> store.find(h, id))
        .orElseThrow(() -> new NotFoundException("no permission request " + id));
  }

  /** The pending queue, by processing day then arrival. */
  public List<PermissionRequest> queue() {
    return jdbi.withHandle(store::pending);
  }

  public List<PermissionRequest> recent(int limit) {
    return jdbi.withHandle(h -> store.recent(h, limit));
  }

  /** A page of the decided requests of sellers whose ID contains {@code part}, newest first. */
  public io.qconnect.marketplace.core.ListPage<PermissionRequest> decided(
      String part, int page, int size) {
    String q = part == null ? "" : part.strip();
    return jdbi.inTransaction(
        h -> {
          int total = store.countDecided(h, q);
          int shown = io.qconnect.marketplace.core.ListPage.clamp(page, total, size);
          return new io.qconnect.marketplace.core.ListPage<>(
              store.decided(h, q, (shown - 1L) * size, size), total, shown);
        });
  }

  public List<PermissionRequest> requestsOf(String sellerId) {
    return jdbi.withHandle(h -> store.ofSeller(h, sellerId));
  }

  /** The conditions that would fail if the seller's request were processed now. */
  public List<Condition> blockingConditions(String sellerId, PermissionKind kind) {
    Seller s = sellers.get(sellerId);
    return blockingConditions(s, sellers.standing(s), kind);
  }

  /**
   * As {@link #blockingConditions(String, PermissionKind)}, for a seller read and a standing
   * ({@link SellerService#standing}) computed already: screens that show both kinds compute it
   * once.
   */
  public List<Condition> blockingConditions(Seller s, Standing standing, PermissionKind kind) {
    RequestForm probe = new RequestForm(kind, s.sellerId(), s.email(), s.mainCategory(), "-", "-");
    return Eligibility.failed(s, standing, probe);
  }

  /** The day a request filed now would be processed. */
  public LocalDate processingDayForNow() {
    return calendar.onOrAfter(Times.today(clock));
  }

  private java.util.Optional<Decision> decideByConditions(PermissionRequest r, String by) {
    Seller s = sellers.get(r.sellerId());
    List<Condition> failed = Eligibility.failed(s, sellers.standing(s), r.form());
    if (!failed.isEmpty()) {
      if (!decide(r.id(), RequestStatus.REJECTED, failed, "", by)) {
        return java.util.Optional.empty();
      }
      LOG.info("{} request {} rejected: {}", r.kind(), r.id(), failed);
      Decision d = new Decision.Rejected(get(r.id()));
      told(d);
      return java.util.Optional.of(d);
    }
    if (!decide(r.id(), RequestStatus.APPROVED, List.of(), "", by)) {
      return java.util.Optional.empty();
    }
    switch (r.kind()) {
      case API_KEY -> keys.issueApiKey(r.sellerId());
      case FTP -> keys.openFtp(r.sellerId(), settings.ftpInfoDelay());
    }
    LOG.info("{} request {} approved for {}", r.kind(), r.id(), r.sellerId());
    Decision d = new Decision.Approved(get(r.id()));
    told(d);
    return java.util.Optional.of(d);
  }

  private PermissionRequest pendingOnBusinessDay(long id) {
    PermissionRequest r = get(id);
    if (r.status() != RequestStatus.PENDING) {
      throw new MarketplaceException("request " + id + " is already " + r.status());
    }
    LocalDate today = Times.today(clock);
    if (!calendar.isBusinessDay(today)) {
      throw new MarketplaceException(
          "requests are not processed on Saturdays, Sundays or holidays; next business day: "
              + calendar.nextBusinessDay(today));
    }
    if (r.processOn().isAfter(today)) {
      throw new MarketplaceException("request " + id + " is due on " + r.processOn());
    }
    return r;
  }

  /** Records a decision now; false when the request was decided meanwhile. */
  private boolean decide(
      long id, RequestStatus status, List<Condition> failed, String note, String by) {
    LocalDateTime now = Times.now(clock);
    return jdbi.withHandle(h -> store.decide(h, id, status, failed, note, now, by));
  }
}
