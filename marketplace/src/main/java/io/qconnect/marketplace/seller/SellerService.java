package io.qconnect.marketplace.seller;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.marketplace.core.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens seller accounts, checks logins, changes passwords (which invalidates every certification
 * key issued before the change) and lets staff set a seller's standing or suspend API/FTP use.
 */
public final class SellerService {
  /** The longest suspension reason staff may give (its column's size). */
  public static final int MAX_SUSPENSION_REASON = 500;

  private final JdbcSellerStore store = new JdbcSellerStore();
  private final Jdbi jdbi;
  private final PasswordHasher hasher;
  private final StandingSource computed;
  private final Clock clock;
  private final List<Runnable> accessChanges = new java.util.concurrent.CopyOnWriteArrayList<>();

  public SellerService(Jdbi jdbi, PasswordHasher hasher, StandingSource computed, Clock clock) {
    this.jdbi = jdbi;
    this.hasher = hasher;
    this.computed = computed;
    this.clock = clock;
  }

  /**
   * Runs {@code listener} after each committed change to what a certification key's check reads of
   * a seller: its password (generation) and its API suspension.
   */
  public void onAccessChange(Runnable listener) {
    accessChanges.add(listener);
  }

  private void accessChanged() {
    accessChanges.forEach(Runnable::run);
  }

  public Seller register(NewSeller n) {
    String hash = hasher.hash(n.password());
    return jdbi.inTransaction(h -> register(h, n, hash));
  }

  private Seller register(Handle h, NewSeller n, String passwordHash) {
    if (store.find(h, n.sellerId()).isPresent()) {
      throw new MarketplaceException("seller ID '" + n.sellerId() + "' is already taken");
    }
    LocalDateTime now = now();
    Seller s =
        new Seller(
            n.sellerId(),
            n.email(),
            n.mainCategory(),
            n.reviewCompleted(),
            n.servicePoints(),
            Standing.CLEAN,
            false,
            false,
            "",
            now,
            0,
            now);
    store.insert(h, s, passwordHash);
    return s;
  }

  public Optional<Seller> find(String sellerId) {
    return sellerId == null ? Optional.empty() : jdbi.withHandle(h -> store.find(h, sellerId));
  }

  public Seller get(String sellerId) {
    return find(sellerId).orElseThrow(() -> new NotFoundException("no seller '" + sellerId + "'"));
  }

  public List<Seller> all() {
    return jdbi.withHandle(store::all);
  }

  /** A page of the sellers whose ID or e-mail address contains {@code part}, by seller ID. */
  public io.qconnect.marketplace.core.ListPage<Seller> search(String part, int page, int size) {
    String q = part == null ? "" : part.strip();
    return jdbi.inTransaction(
        h -> {
          int total = store.count(h, q);
          int shown = io.qconnect.marketplace.core.ListPage.clamp(page, total, size);
          return new io.qconnect.marketplace.core.ListPage<>(
              store.search(h, q, (shown - 1L) * size, size), total, shown);
        });
  }

  /**
   * True when the login ID and password match. A matching hash stored with fewer iterations than
   * the configured ones is replaced by a new hash of the password (the password and the keys issued
   * under it stay valid).
   */
  public boolean authenticate(String sellerId, String password) {
    Optional<String> stored = jdbi.withHandle(h -> store.passwordHash(h, sellerId));
    if (stored.isEmpty() || !hasher.verify(password, stored.get())) {
      return false;
    }
    if (hasher.needsRehash(stored.get())) {
      String rehashed = hasher.hash(password);
      jdbi.useHandle(h -> store.replacePasswordHash(h, sellerId, stored.get(), rehashed));
    }
    return true;
  }

  /** Sets a new password; every certification key issued before stops working. */
  public void changePassword(String sellerId, String newPassword) {
    get(sellerId);
    PasswordHasher.checkStrength(newPassword);
    String hash = hasher.hash(newPassword);
    jdbi.useHandle(h -> store.updatePassword(h, sellerId, hash, now()));
    accessChanged();
  }

  /** The counts staff set plus those computed (orders, claims, unanswered inquiries). */
  public Standing standing(Seller s) {
    return s.standing().plus(computed.computed(s.sellerId()));
  }

  /** Staff set the review status, service points and the hand-kept counts. */
  public Seller setStanding(String sellerId, boolean reviewCompleted, int points, Standing manual) {
    return change(sellerId, s -> s.withStanding(reviewCompleted, points, manual));
  }

  /** Staff restrict (or restore) a seller's API and FTP use for service-quality problems. */
  public Seller suspend(String sellerId, boolean api, boolean ftp, String reason) {
    if ((api || ftp) && (reason == null || reason.isBlank())) {
      throw new MarketplaceException("a suspension needs a reason the seller can read");
    }
    if ((api || ftp) && reason.strip().length() > MAX_SUSPENSION_REASON) {
      throw new MarketplaceException(
          "a suspension reason (停止理由) may have at most " + MAX_SUSPENSION_REASON + " characters");
    }
    return change(sellerId, s -> s.withSuspension(api, ftp, api || ftp ? reason.trim() : ""));
  }

  /** Reads the seller, changes it and writes it back, in one transaction. */
  private Seller change(String sellerId, UnaryOperator<Seller> change) {
    Seller changed =
        jdbi.inTransaction(
            h -> {
              Seller s =
                  change.apply(
                      store
                          .find(h, sellerId)
                          .orElseThrow(
                              () -> new NotFoundException("no seller '" + sellerId + "'")));
              store.update(h, s);
              return s;
            });
    accessChanged();
    return changed;
  }

  private LocalDateTime now() {
    return Times.now(clock);
  }
}
