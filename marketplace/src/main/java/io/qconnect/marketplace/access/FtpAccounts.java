package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.secret.SecretBox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The FTP accounts of {@link KeyService}: opened by an approved FTP request (or at once by the
 * sandbox), their password sealed and hashed, and the login check of the FTP drop box.
 */
final class FtpAccounts {
  private final JdbcKeyStore store;
  private final Jdbi jdbi;
  private final SellerService sellers;
  private final SecretBox box;
  private final Clock clock;

  FtpAccounts(JdbcKeyStore store, Jdbi jdbi, SellerService sellers, SecretBox box, Clock clock) {
    this.store = store;
    this.jdbi = jdbi;
    this.sellers = sellers;
    this.box = box;
    this.clock = clock;
  }

  /** Opens the seller's account, or answers the password of the one it has. */
  String open(
      String sellerId, Duration visibleAfter, java.util.function.Supplier<String> newPassword) {
    LocalDateTime now = Times.now(clock);
    return jdbi.inTransaction(
        h -> {
          Optional<FtpAccount> existing = store.ftpAccount(h, sellerId);
          if (existing.isPresent()) {
            return box.open(existing.get().sealedPassword());
          }
          String password = newPassword.get();
          store.insertFtpAccount(
              h,
              sellerId,
              sellerId,
              box.seal(password),
              KeyService.hash(password),
              now,
              now.plus(visibleAfter));
          return password;
        });
  }

  /** See {@link KeyService#ftpLogin}. */
  FtpLogin login(String username, String password) {
    if (username == null || password == null || username.isEmpty()) {
      return new FtpLogin.Refused("no such FTP account");
    }
    Optional<JdbcKeyStore.FtpLoginRow> found = jdbi.withHandle(h -> store.ftpLogin(h, username));
    if (found.isEmpty()) {
      return new FtpLogin.Refused("no such FTP account");
    }
    FtpAccount account = found.get().account();
    String stored = found.get().passwordHash();
    if (stored.isEmpty()) {
      stored = KeyService.hash(box.open(account.sealedPassword()));
      String h1 = stored;
      jdbi.useHandle(h -> store.setFtpPasswordHash(h, account.sellerId(), h1));
    }
    if (!MessageDigest.isEqual(
        stored.getBytes(StandardCharsets.UTF_8),
        KeyService.hash(password).getBytes(StandardCharsets.UTF_8))) {
      return new FtpLogin.Refused("wrong password");
    }
    if (Times.now(clock).isBefore(account.visibleFrom())) {
      return new FtpLogin.Refused("the FTP account is not open yet");
    }
    if (sellers.get(account.sellerId()).ftpSuspended()) {
      return new FtpLogin.Refused("FTP use is suspended");
    }
    return new FtpLogin.Allowed(account.sellerId());
  }
}
