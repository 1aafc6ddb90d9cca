package io.qconnect.marketplace.access;

import io.qconnect.marketplace.access.KeyRecords.ApiKeyRow;
import io.qconnect.marketplace.access.KeyRecords.CertKeyRow;
import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.secret.Secrets;
import io.qconnect.protocol.wire.QapiDates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Issues and checks keys. The API key is what Qoo10 staff issue on approval; a certification key
 * (seller authorization key) is made from it with the seller's login, at once, and is valid 365
 * days. Keys issued before the seller's last password change are no longer valid.
 */
public final class KeyService {
  /** How long a certification key is valid. */
  public static final Duration VALIDITY = Duration.ofDays(365);

  private static final char[] ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final JdbcKeyStore store = new JdbcKeyStore();
  private final Jdbi jdbi;
  private final SellerService sellers;
  private final SecretBox box;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final CertificationThrottle throttle;
  private final PresentedKeyCache presented = new PresentedKeyCache();
  private final FtpAccounts ftp;

  public KeyService(Jdbi jdbi, SellerService sellers, SecretBox box, Clock clock) {
    this.jdbi = jdbi;
    this.sellers = sellers;
    this.box = box;
    this.clock = clock;
    this.throttle = new CertificationThrottle(clock);
    this.ftp = new FtpAccounts(store, jdbi, sellers, box, clock);
    sellers.onAccessChange(this::forgetPresentedKeys);
  }

  /**
   * Forgets the certification keys kept from recent calls ({@link PresentedKeyCache}): call it once
   * a change to a key, its seller's password or API standing, or the whole marketplace has
   * committed.
   */
  public void forgetPresentedKeys() {
    presented.forget();
  }

  /**
   * Gives the seller an API key: the active one when there is one, else a new one.
   *
   * @return the key's plaintext
   */
  public String issueApiKey(String sellerId) {
    return issueApiKey(sellerId, randomAlnum(40));
  }

  /**
   * Gives the seller an API key: the active one when there is one, else {@code plaintext}. For the
   * sandbox's seeding only, whose keys are derived from the seed so that a test suite gets the same
   * keys after every reset (docs: README, the sandbox API); every other key is random.
   *
   * @return the key's plaintext
   */
  public String issueApiKey(String sellerId, String plaintext) {
    return jdbi.inTransaction(
        h -> {
          Optional<ApiKeyRow> active = store.activeApiKey(h, sellerId);
          if (active.isPresent()) {
            return box.open(active.get().sealed());
          }
          String k = plaintext;
          store.insertApiKey(h, sellerId, hash(k), box.seal(k), Secrets.mask(k), Times.now(clock));
          return k;
        });
  }

  /** The seller's active API key, masked. */
  public Optional<KeyInfo> apiKey(String sellerId) {
    return jdbi.withHandle(h -> store.activeApiKey(h, sellerId))
        .map(r -> new KeyInfo(r.id(), r.masked(), r.issuedAt(), null, "VALID"));
  }

  /** The seller's own API key in full, for the seller's explicit "show" action only. */
  public Optional<String> revealApiKey(String sellerId) {
    return jdbi.withHandle(h -> store.activeApiKey(h, sellerId)).map(r -> box.open(r.sealed()));
  }

  /**
   * CertificationAPI.CreateCertificationKey: API key + login ID + password. Wrong logins are
   * limited per seller and per API key ({@link CertificationThrottle}: 5 in 10 minutes lock both
   * for 10 minutes); while locked, the password is not even checked and the answer is {@link
   * CertificationOutcome.Locked}.
   */
  public CertificationOutcome createCertificationKey(String apiKey, String userId, String pwd) {
    Optional<ApiKeyRow> api =
        apiKey == null
            ? Optional.empty()
            : jdbi.withHandle(h -> store.apiKeyByHash(h, hash(apiKey.trim())));
    if (api.isEmpty() || api.get().revokedAt() != null) {
      return new CertificationOutcome.UnknownApiKey();
    }
    String sellerId = api.get().sellerId();
    long apiKeyId = api.get().id();
    Optional<Instant> locked = throttle.lockedUntil(sellerId, apiKeyId);
    if (locked.isPresent()) {
      return new CertificationOutcome.Locked(LocalDateTime.ofInstant(locked.get(), QapiDates.JST));
    }
    if (userId == null
        || !userId.trim().equalsIgnoreCase(sellerId)
        || !sellers.authenticate(sellerId, pwd)) {
      throttle.failed(sellerId, apiKeyId);
      return new CertificationOutcome.WrongLogin();
    }
    throttle.succeeded(sellerId, apiKeyId);
    Seller seller = sellers.get(sellerId);
    if (seller.apiSuspended()) {
      return new CertificationOutcome.Suspended();
    }
    String key = newCertificationKey();
    LocalDateTime now = Times.now(clock);
    LocalDateTime expires = now.plus(VALIDITY);
    jdbi.useHandle(
        h ->
            store.insertCertKey(
                h,
                sellerId,
                apiKeyId,
                hash(key),
                box.seal(key),
                Secrets.mask(key),
                now,
                expires,
                seller.passwordGeneration()));
    return new CertificationOutcome.Issued(key, expires);
  }

  /** Checks a certification key presented with a call. */
  public KeyCheck check(String key) {
    if (key == null || key.isBlank()) {
      return new KeyCheck.Unknown();
    }
    String trimmed = key.trim();
    Optional<KeyRecords.PresentedKey> row =
        presented.get(trimmed, () -> jdbi.withHandle(h -> store.presentedKey(h, hash(trimmed))));
    if (row.isEmpty()) {
      return new KeyCheck.Unknown();
    }
    CertKeyRow r = row.get().key();
    if (r.revokedAt() != null) {
      // revoked by the seller (Get Auth keys): answered like a key that never existed, so that a
      // revoked integrator learns nothing more than "invalid key" (-90001)
      return new KeyCheck.Unknown();
    }
    if (r.passwordGeneration() != row.get().sellerPasswordGeneration()) {
      return new KeyCheck.Revoked(r.sellerId());
    }
    if (!Times.now(clock).isBefore(r.expiresAt())) {
      return new KeyCheck.Expired(r.sellerId());
    }
    if (row.get().apiSuspended()) {
      return new KeyCheck.Suspended(r.sellerId());
    }
    return new KeyCheck.Valid(r.sellerId());
  }

  /** The seller's certification keys, newest first, masked. */
  public List<KeyInfo> certificationKeys(String sellerId) {
    Seller seller = sellers.get(sellerId);
    LocalDateTime now = Times.now(clock);
    return jdbi.withHandle(h -> store.certKeysOf(h, sellerId)).stream()
        .map(
            r ->
                new KeyInfo(r.id(), r.masked(), r.issuedAt(), r.expiresAt(), state(r, seller, now)))
        .toList();
  }

  private static String state(CertKeyRow r, Seller seller, LocalDateTime now) {
    if (r.revokedAt() != null) {
      return "CANCELLED";
    }
    if (r.passwordGeneration() != seller.passwordGeneration()) {
      return "REVOKED";
    }
    return now.isBefore(r.expiresAt()) ? "VALID" : "EXPIRED";
  }

  /** Opens the FTP account of an approved FTP request. */
  void openFtp(String sellerId, Duration visibleAfter) {
    openFtpAccount(sellerId, visibleAfter);
  }

  /**
   * Opens the seller's FTP account at once, visible now (the sandbox's {@code "ftp": true}); an
   * account that exists is kept.
   *
   * @return the account's password
   */
  public String openFtpNow(String sellerId) {
    sellers.get(sellerId);
    return openFtpAccount(sellerId, Duration.ZERO);
  }

  private String openFtpAccount(String sellerId, Duration visibleAfter) {
    return ftp.open(sellerId, visibleAfter, () -> randomAlnum(16));
  }

  /**
   * Checks an FTP login (R21–R23): only the account an approved FTP request opened, once its
   * details are shown, while the seller's FTP use is not suspended, with its password. The password
   * is checked against its SHA-256: a random 16-character password, like a key, needs no slow hash.
   */
  public FtpLogin ftpLogin(String username, String password) {
    return ftp.login(username, password);
  }

  private String randomAlnum(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALNUM[random.nextInt(ALNUM.length)]);
    }
    return out.toString();
  }

  /** The seller's FTP account once its details may be shown. */
  public Optional<FtpAccount> visibleFtpAccount(String sellerId) {
    LocalDateTime now = Times.now(clock);
    return jdbi.withHandle(h -> store.ftpAccount(h, sellerId))
        .filter(a -> !now.isBefore(a.visibleFrom()));
  }

  /** True when the seller has an FTP account, shown yet or not. */
  public boolean hasFtpAccount(String sellerId) {
    return jdbi.withHandle(h -> store.ftpAccount(h, sellerId)).isPresent();
  }

  /** The FTP password in full, for the seller's own screen. */
  public String ftpPassword(FtpAccount account) {
    return box.open(account.sealedPassword());
  }

  /**
   * A key shaped like Qoo10's: base64 of random bytes with {@code /}, {@code +} and {@code =}
   * written as {@code _g_1_}, {@code _g_2_} and {@code _g_3_}.
   */
  String newCertificationKey() {
    byte[] bytes = new byte[64];
    random.nextBytes(bytes);
    return Base64.getEncoder()
        .encodeToString(bytes)
        .replace("/", "_g_1_")
        .replace("+", "_g_2_")
        .replace("=", "_g_3_");
  }

  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new MarketplaceException("SHA-256 is missing from this JDK", e);
    }
  }
}
