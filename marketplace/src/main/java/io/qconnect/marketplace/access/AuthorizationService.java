package io.qconnect.marketplace.access;

import io.qconnect.marketplace.access.JdbcIntegratorStore.CodeRow;
import io.qconnect.marketplace.access.JdbcIntegratorStore.IssuedRow;
import io.qconnect.marketplace.access.JdbcKeyStore.NewCertKey;
import io.qconnect.marketplace.access.KeyRecords.ApiKeyRow;
import io.qconnect.marketplace.core.Times;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.SellerService;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.secret.Secrets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Get Auth: a seller authorizes an integrator in the marketplace's window instead of handing it the
 * QSM password. The window issues a certification key (valid {@link KeyService#VALIDITY}, like
 * CreateCertificationKey) recorded as issued through the integrator, and hands the integrator's
 * registered address a one-time code; the integrator exchanges the code server-to-server for the
 * key, so that the key never travels in a browser URL. A code is valid {@link #CODE_VALIDITY}
 * (marketplace clock), for its integrator and address only, and once.
 */
public final class AuthorizationService {
  /** How long a one-time code may be exchanged. */
  public static final Duration CODE_VALIDITY = Duration.ofMinutes(5);

  private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final JdbcIntegratorStore store = new JdbcIntegratorStore();
  private final JdbcKeyStore keyStore = new JdbcKeyStore();
  private final Jdbi jdbi;
  private final SellerService sellers;
  private final KeyService keys;
  private final SecretBox box;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public AuthorizationService(
      Jdbi jdbi, SellerService sellers, KeyService keys, SecretBox box, Clock clock) {
    this.jdbi = jdbi;
    this.sellers = sellers;
    this.keys = keys;
    this.box = box;
    this.clock = clock;
  }

  /**
   * Registers an integrator, or answers the one already registered with this redirect address
   * (registering is idempotent by address; the name of the existing one is kept).
   */
  public Integrator register(String name, String redirectUri) {
    String n = Integrator.checkName(name);
    String uri = Integrator.checkRedirectUri(redirectUri);
    return jdbi.inTransaction(
        h -> {
          Optional<Integrator> existing = store.byRedirectUri(h, uri);
          if (existing.isPresent()) {
            return existing.get();
          }
          Integrator i = new Integrator(newIntegratorId(), n, uri, Times.now(clock));
          store.insert(h, i);
          return i;
        });
  }

  /** The integrator registered with exactly this redirect address. */
  public Optional<Integrator> byRedirectUri(String redirectUri) {
    return redirectUri == null
        ? Optional.empty()
        : jdbi.withHandle(h -> store.byRedirectUri(h, redirectUri));
  }

  /** A page of the integrators whose name or ID contains {@code part}, oldest first. */
  public io.qconnect.marketplace.core.ListPage<Integrator> integrators(
      String part, int page, int size) {
    String q = part == null ? "" : part.strip();
    return jdbi.inTransaction(
        h -> {
          int total = store.count(h, q);
          int shown = io.qconnect.marketplace.core.ListPage.clamp(page, total, size);
          return new io.qconnect.marketplace.core.ListPage<>(
              store.search(h, q, (shown - 1L) * size, size), total, shown);
        });
  }

  /** Every registered integrator, oldest first. */
  public List<Integrator> integrators() {
    return jdbi.withHandle(store::all);
  }

  /**
   * The integrator the window is opened for, when {@code redirectUri} is exactly its registered
   * address; empty for an unknown integrator or any other address.
   */
  public Optional<Integrator> window(String integratorId, String redirectUri) {
    if (integratorId == null || redirectUri == null) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> store.find(h, integratorId))
        .filter(i -> i.redirectUri().equals(redirectUri));
  }

  /**
   * [Issue SCK] for a seller who has just logged in in the window: issues a certification key
   * through the integrator and a one-time code for it.
   */
  public Grant grant(String sellerId, String integratorId, String redirectUri) {
    if (window(integratorId, redirectUri).isEmpty()) {
      return new Grant.UnknownIntegrator();
    }
    Seller seller = sellers.get(sellerId);
    if (seller.apiSuspended()) {
      return new Grant.Suspended();
    }
    LocalDateTime now = Times.now(clock);
    String code = newCode();
    String key = keys.newCertificationKey();
    return jdbi.inTransaction(
        h -> {
          Optional<ApiKeyRow> api = keyStore.activeApiKey(h, sellerId);
          if (api.isEmpty()) {
            return new Grant.NoApiKey();
          }
          long keyId =
              keyStore.insertCertKey(
                  h,
                  new NewCertKey(
                      sellerId,
                      api.get().id(),
                      KeyService.hash(key),
                      box.seal(key),
                      Secrets.mask(key),
                      now,
                      now.plus(KeyService.VALIDITY),
                      seller.passwordGeneration()),
                  integratorId);
          store.insertCode(
              h,
              KeyService.hash(code),
              integratorId,
              redirectUri,
              keyId,
              now,
              now.plus(CODE_VALIDITY));
          return new Grant.Granted(code);
        });
  }

  /**
   * Exchanges a one-time code for its key: empty for a code unknown, used before, older than {@link
   * #CODE_VALIDITY}, issued for another integrator or address, or whose key was revoked meanwhile.
   * A code presented is used up even when refused for its age, so that it can never be tried again.
   */
  public Optional<Exchanged> exchange(String code, String redirectUri, String integratorId) {
    if (code == null || code.isBlank() || redirectUri == null || integratorId == null) {
      return Optional.empty();
    }
    String hash = KeyService.hash(code.strip());
    LocalDateTime now = Times.now(clock);
    return jdbi.inTransaction(
        h -> {
          Optional<CodeRow> row = store.code(h, hash);
          if (row.isEmpty()
              || !row.get().integratorId().equals(integratorId)
              || !row.get().redirectUri().equals(redirectUri)
              || !store.useCode(h, hash, now)
              || !now.isBefore(row.get().expiresAt())) {
            return Optional.empty();
          }
          return store
              .sealedKey(h, row.get().certificationKeyId())
              .map(k -> new Exchanged(box.open(k.sealed()), k.sellerId(), k.expiresAt()));
        });
  }

  /** The seller's keys issued through integrators, newest first. */
  public List<IssuedKey> issuedKeys(String sellerId) {
    Seller seller = sellers.get(sellerId);
    LocalDateTime now = Times.now(clock);
    return jdbi.withHandle(h -> store.issuedThroughIntegrators(h, sellerId)).stream()
        .map(r -> issued(r, seller, now))
        .toList();
  }

  private static IssuedKey issued(IssuedRow r, Seller seller, LocalDateTime now) {
    String state;
    if (r.revokedAt() != null) {
      state = "CANCELLED";
    } else if (r.passwordGeneration() != seller.passwordGeneration()) {
      state = "REVOKED";
    } else {
      state = now.isBefore(r.expiresAt()) ? "VALID" : "EXPIRED";
    }
    return new IssuedKey(
        r.keyId(), r.integratorName(), r.masked(), r.issuedAt(), r.expiresAt(), state);
  }

  /**
   * The seller revokes one of its keys; from now on QAPI answers it as an invalid key.
   *
   * @return false when the key is not the seller's or was revoked before
   */
  public boolean revoke(String sellerId, long keyId) {
    LocalDateTime now = Times.now(clock);
    boolean revoked = jdbi.inTransaction(h -> store.revoke(h, sellerId, keyId, now));
    keys.forgetPresentedKeys();
    return revoked;
  }

  /** 43 characters of base64url: 256 random bits. */
  private String newCode() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String newIntegratorId() {
    StringBuilder out = new StringBuilder("itg-");
    for (int i = 0; i < 12; i++) {
      out.append(ALNUM[random.nextInt(ALNUM.length)]);
    }
    return out.toString();
  }
}
