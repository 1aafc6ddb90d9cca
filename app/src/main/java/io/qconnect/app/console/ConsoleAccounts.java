package io.qconnect.app.console;

import io.qconnect.marketplace.seller.PasswordHasher;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.SellerService;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks console logins: the console's own accounts (staff, operator), whose passwords are held
 * only as PBKDF2 hashes in memory, and the marketplace's sellers, whose hashes the marketplace
 * keeps.
 */
final class ConsoleAccounts {
  private record Account(Role role, String hash) {}

  private final Map<String, Account> own = new HashMap<>();
  private final SellerService sellers;
  private final PasswordHasher hasher;
  private final String dummyHash;

  /**
   * @param sellers the marketplace's sellers, or null when this process runs no marketplace
   */
  ConsoleAccounts(SellerService sellers, PasswordHasher hasher) {
    this.sellers = sellers;
    this.hasher = hasher;
    this.dummyHash = hasher.hash("not-a-password");
  }

  void add(String login, Role role, String password) {
    own.put(key(login), new Account(role, hasher.hash(password)));
  }

  /** The viewer for a matching login ID and password. */
  Optional<Viewer> authenticate(String login, String password) {
    if (login == null || login.isBlank() || password == null || password.isEmpty()) {
      return Optional.empty();
    }
    String id = login.strip();
    Account a = own.get(key(id));
    if (a != null) {
      return hasher.verify(password, a.hash())
          ? Optional.of(new Viewer(key(id), a.role()))
          : Optional.empty();
    }
    Optional<Seller> seller = sellers == null ? Optional.empty() : sellers.find(id);
    if (seller.isPresent()) {
      return sellers.authenticate(id, password)
          ? Optional.of(new Viewer(seller.get().sellerId(), Role.SELLER))
          : Optional.empty();
    }
    hasher.verify(password, dummyHash); // the same work for an unknown login ID
    return Optional.empty();
  }

  private static String key(String login) {
    return login.toLowerCase(Locale.ROOT);
  }
}
