package io.qconnect.marketplace.seller;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.NotFoundException;
import io.qconnect.marketplace.core.Times;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Opens seller accounts, checks logins, changes passwords (which invalidates every certification
 * key issued before the change) and lets staff set a seller's standing or suspend API/FTP use.
 */
public final class SellerService {
  private final JdbcSellerStore store;
  private final PasswordHasher hasher;
  private final StandingSource computed;
  private final Clock clock;

  public SellerService(
      JdbcSellerStore store, PasswordHasher hasher, StandingSource computed, Clock clock) {
    this.store = store;
    this.hasher = hasher;
    this.computed = computed;
    this.clock = clock;
  }

  public Seller register(NewSeller n) {
    if (store.find(n.sellerId()).isPresent()) {
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
    store.insert(s, hasher.hash(n.password()));
    return s;
  }

  public Optional<Seller> find(String sellerId) {
    return sellerId == null ? Optional.empty() : store.find(sellerId);
  }

  public Seller get(String sellerId) {
    return find(sellerId).orElseThrow(() -> new NotFoundException("no seller '" + sellerId + "'"));
  }

  public List<Seller> all() {
    return store.all();
  }

  /** True when the login ID and password match. */
  public boolean authenticate(String sellerId, String password) {
    return store.passwordHash(sellerId).map(h -> hasher.verify(password, h)).orElse(false);
  }

  /** Sets a new password; every certification key issued before stops working. */
  public void changePassword(String sellerId, String newPassword) {
    get(sellerId);
    PasswordHasher.checkStrength(newPassword);
    store.updatePassword(sellerId, hasher.hash(newPassword), now());
  }

  /** The counts staff set plus those computed from the seller's orders and claims. */
  public Standing standing(Seller s) {
    return s.standing().plus(computed.computed(s.sellerId()));
  }

  /** Staff set the review status, service points and the hand-kept counts. */
  public Seller setStanding(String sellerId, boolean reviewCompleted, int points, Standing manual) {
    Seller s = get(sellerId).withStanding(reviewCompleted, points, manual);
    store.update(s);
    return s;
  }

  /** Staff restrict (or restore) a seller's API and FTP use for service-quality problems. */
  public Seller suspend(String sellerId, boolean api, boolean ftp, String reason) {
    if ((api || ftp) && (reason == null || reason.isBlank())) {
      throw new MarketplaceException("a suspension needs a reason the seller can read");
    }
    Seller s = get(sellerId).withSuspension(api, ftp, api || ftp ? reason.trim() : "");
    store.update(s);
    return s;
  }

  private LocalDateTime now() {
    return Times.now(clock);
  }
}
