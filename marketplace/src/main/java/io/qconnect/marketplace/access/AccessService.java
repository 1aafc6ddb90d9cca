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
  private final ApprovalSwitch switcher;
  private final RequestDecider decider;
  private volatile AccessSettings settings;
  private volatile AutoApproval approval;
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
    this.switcher = new ApprovalSwitch(jdbi, clock, settings.autoApprove());
    this.approval = new AutoApproval(settings.autoApprove(), "", null);
    this.decider = new RequestDecider(this, store, jdbi, sellers, keys, calendar, clock);
  }

  /**
   * Who hears of every decision once it is recorded (the seller notice mails); a failing listener
   * is logged, never undoes the decision.
   */
  public void onDecision(java.util.function.Consumer<Decision> listener) {
    this.listener = java.util.Objects.requireNonNull(listener, "listener");
  }

  /** Tells the listener of a decision recorded. */
  void told(Decision d) {
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
    this.approval = new AutoApproval(s.autoApprove(), "", null);
  }

  /** Whether automatic approval is on, and whether staff switched it (who, when). */
  public AutoApproval autoApproval() {
    return approval;
  }

  /** Applies the switch staff stored (see {@link ApprovalSwitch#restore}). Called once at start. */
  public void restoreSwitch() {
    switcher
        .restore()
        .ifPresent(
            stored -> {
              settings = settings.withAutoApprove(stored.on());
              approval = stored;
            });
  }

  /**
   * Staff switch automatic approval on or off; stored, so it survives a restart. Switched on, the
   * requests due today are decided at once (on a business day).
   */
  public AutoApproval switchAutoApprove(boolean on, String staff) {
    AutoApproval a = switcher.save(on, staff);
    settings = settings.withAutoApprove(on);
    approval = a;
    if (on) {
      processDue();
    }
    return a;
  }

  /**
   * Files a request. It is due on the first business day on or after today; with automatic approval
   * on, a request filed on a business day is decided at once. Refused ({@link AccessRefused}) when
   * the seller holds the permission already or has a request of that kind waiting.
   */
  public PermissionRequest file(RequestForm form) {
    sellers.get(form.sellerId());
    LocalDateTime now = Times.now(clock);
    LocalDate processOn = calendar.onOrAfter(now.toLocalDate());
    long id =
        jdbi.inTransaction(
            h -> {
              store.lockSeller(h, form.sellerId());
              Duplicates.refuse(h, store, keys, form);
              return store.insert(h, form, now, processOn);
            });
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
      decider.decideByConditions(r, "auto").ifPresent(out::add);
    }
    return out;
  }

  /**
   * Staff approve a pending request. Refused ({@link AccessRefused.Reason#CONDITIONS_FAIL}, nothing
   * recorded) when a condition fails now: staff reject such a request with a reason instead.
   */
  public Decision.Approved approve(long id, String staff) {
    PermissionRequest r = decider.pendingOnBusinessDay(id);
    Seller s = sellers.get(r.sellerId());
    List<Failure> failed = Eligibility.failed(s, sellers.standing(s), r.form());
    if (!failed.isEmpty()) {
      throw new AccessRefused(
          AccessRefused.Reason.CONDITIONS_FAIL,
          "request " + id + " fails " + failed.stream().map(Failure::code).toList(),
          List.of(id),
          failed);
    }
    Decision d =
        decider.decideByConditions(r, staff).orElseThrow(() -> RequestDecider.decidedMeanwhile(id));
    if (d instanceof Decision.Approved a) {
      return a;
    }
    // a condition failed between the check and the decision: the rejection is recorded and told
    throw new AccessRefused(
        AccessRefused.Reason.CONDITIONS_FAIL,
        "request " + id + " failed its conditions meanwhile",
        List.of(id),
        d.request().failures());
  }

  /**
   * The conditions that fail for this request now (its own purpose and company included): an
   * approval would be refused while this is not empty.
   */
  public List<Failure> failing(PermissionRequest r) {
    Seller s = sellers.get(r.sellerId());
    return Eligibility.failed(s, sellers.standing(s), r.form());
  }

  /**
   * Staff reject a pending request with a reason the seller can read; the conditions that fail now
   * are recorded with it.
   */
  public Decision reject(long id, String staff, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new MarketplaceException("a rejection needs a reason");
    }
    if (reason.strip().length() > MAX_REJECTION_REASON) {
      throw new MarketplaceException(
          "a rejection reason (却下理由) may have at most " + MAX_REJECTION_REASON + " characters");
    }
    PermissionRequest r = decider.pendingOnBusinessDay(id);
    // the conditions that fail now are kept with staff's reason, so the seller reads both
    if (!decider.decide(r.id(), RequestStatus.REJECTED, failing(r), reason.strip(), staff)) {
      throw RequestDecider.decidedMeanwhile(id);
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
  public List<Failure> blockingConditions(String sellerId, PermissionKind kind) {
    Seller s = sellers.get(sellerId);
    return blockingConditions(s, sellers.standing(s), kind);
  }

  /**
   * As {@link #blockingConditions(String, PermissionKind)}, for a seller read and a standing
   * ({@link SellerService#standing}) computed already: screens that show both kinds compute it
   * once.
   */
  public List<Failure> blockingConditions(Seller s, Standing standing, PermissionKind kind) {
    RequestForm probe = new RequestForm(kind, s.sellerId(), s.email(), s.mainCategory(), "-", "-");
    return Eligibility.failed(s, standing, probe);
  }

  /** The day a request filed now would be processed. */
  public LocalDate processingDayForNow() {
    return calendar.onOrAfter(Times.today(clock));
  }
}
