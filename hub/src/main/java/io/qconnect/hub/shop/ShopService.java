package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.NotFoundException;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.secret.Secrets;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects shops and looks after their credentials: Get Auth on connect (a shop is saved only if it
 * works, R59), Renew Tokens, Test Connection, settings, health. Secrets are sealed with the {@link
 * SecretBox} before they reach the database and never appear in a log or an exception.
 */
public final class ShopService {
  private static final Logger LOG = LoggerFactory.getLogger(ShopService.class);

  private final Jdbi jdbi;
  private final JdbcShopStore store = new JdbcShopStore();
  private final SecretBox box;
  private final KeyIssuer issuer;
  private final ConnectionTester tester;
  private final Clock clock;
  private final URI defaultUrl;
  private final ShopEvents events;
  private final QapiClients clients;
  private final GetAuth getAuth;
  private final java.security.SecureRandom random = new java.security.SecureRandom();

  /** How long a Get Auth window may take before its state is refused. */
  public static final Duration STATE_VALIDITY = Duration.ofMinutes(10);

  /** A shop saved by Get Auth and the window its seller must open to authorize it. */
  public record Pending(Shop shop, URI authorizationUrl) {}

  ShopService(
      Jdbi jdbi,
      SecretBox box,
      KeyIssuer issuer,
      ConnectionTester tester,
      Clock clock,
      URI defaultUrl,
      ShopEvents events,
      QapiClients clients,
      GetAuth getAuth) {
    this.jdbi = jdbi;
    this.clients = clients;
    this.getAuth = getAuth;
    this.box = box;
    this.issuer = issuer;
    this.tester = tester;
    this.clock = clock;
    this.defaultUrl = defaultUrl;
    this.events = events;
  }

  /**
   * Wires the service on a database.
   *
   * @param defaultUrl the endpoint for shops connected without one (the real Qoo10)
   * @param probeTimeout how long Test Connection waits for the clock-skew probe
   * @param getAuth the hub as an integrator of the marketplace's authorization window; null when
   *     shops can only be connected with their password
   */
  public static ShopService create(
      Jdbi jdbi,
      SecretBox box,
      QapiClients clients,
      Clock clock,
      URI defaultUrl,
      Duration probeTimeout,
      ShopEvents events,
      GetAuth getAuth) {
    return new ShopService(
        jdbi,
        box,
        new KeyIssuer(clients, clock),
        new ConnectionTester(clients, new ClockProbe(clock, probeTimeout), clock),
        clock,
        ShopUrls.check(defaultUrl),
        events,
        clients,
        getAuth);
  }

  /** Get Auth, then save the shop; nothing is saved when Get Auth fails. */
  public Shop connect(NewShop n) {
    if (find(n.shopId()).isPresent()) {
      throw new HubException("shop " + n.shopId() + " is already connected");
    }
    if (!n.withPassword()) {
      throw new HubException("\"password\" is required (the QSM login password)");
    }
    URI url = n.baseUrl() == null ? defaultUrl : ShopUrls.check(n.baseUrl());
    clients.check(url);
    AuthOutcome.Issued key = issueOrThrow(url, n.apiKey(), n.shopId(), n.password(), "Get Auth");
    Instant now = clock.instant();
    Shop shop =
        Shop.connected(n.shopId(), url, n.settings(), now)
            .withKey(url, Secrets.mask(n.apiKey()), key.key().masked(), key.issuedAt());
    SealedCredentials sealed = seal(n.shopId(), url, n.apiKey(), n.password(), key);
    jdbi.useTransaction(h -> insertOrRestore(h, shop, sealed));
    LOG.info("shop {} connected at {} (key {})", shop.shopId(), url, shop.certKeyMasked());
    events.connected(shop);
    return shop;
  }

  /**
   * Saves a shop to be connected by Get Auth: without password and, until the seller authorizes the
   * hub in the marketplace's window, without key (nothing is imported). Answers the window to open.
   */
  public Pending connectWithGetAuth(NewShop n) {
    GetAuth ga = requireGetAuth();
    if (find(n.shopId()).isPresent()) {
      throw new HubException("shop " + n.shopId() + " is already connected");
    }
    URI url = n.baseUrl() == null ? defaultUrl : ShopUrls.check(n.baseUrl());
    Instant now = clock.instant();
    Shop shop = Shop.pending(n.shopId(), url, n.settings(), Secrets.mask(n.apiKey()), now);
    SealedCredentials sealed =
        new SealedCredentials(n.shopId(), url, box.seal(n.apiKey()), null, null);
    String state = newState();
    jdbi.useTransaction(
        h -> {
          insertOrRestore(h, shop, sealed);
          store.insertState(h, state, shop.shopId(), now.plus(STATE_VALIDITY));
        });
    LOG.info("shop {} saved at {}, waiting for Get Auth", shop.shopId(), url);
    return new Pending(shop, ga.window(url, state));
  }

  /**
   * A new authorization window for a Get Auth shop (Renew Tokens, re-authorization after the key
   * expired or was revoked).
   *
   * @throws HubException when the shop is connected with its password
   */
  public URI authorizationUrl(String shopId) {
    GetAuth ga = requireGetAuth();
    Shop shop = get(shopId);
    if (!shop.getAuth()) {
      throw new HubException(
          "shop " + shopId + " is connected with its password: use Renew Tokens");
    }
    String state = newState();
    Instant expires = clock.instant().plus(STATE_VALIDITY);
    jdbi.useHandle(h -> store.insertState(h, state, shopId, expires));
    return ga.window(shop.baseUrl(), state);
  }

  /**
   * The window came back with a code: uses up the state, exchanges the code with the marketplace
   * (server to server) and stores the key sealed. The shop is connected and imports again.
   *
   * @throws HubException for a state unknown, used or expired, a refused code, or a key issued for
   *     another seller than the shop
   */
  public Shop completeAuthorization(String state, String code) {
    GetAuth ga = requireGetAuth();
    String shopId = takeState(state);
    if (code == null || code.isBlank()) {
      throw new HubException("Get Auth: the marketplace sent no code");
    }
    Shop current = get(shopId);
    SealedCredentials c = credentials(shopId);
    GetAuth.Exchanged key = ga.exchange(c.baseUrl(), code);
    if (!key.sellerId().equals(shopId)) {
      throw new HubException(
          "Get Auth: the seller who authorized ("
              + key.sellerId()
              + ") is not shop "
              + shopId
              + "; log in with the shop's own QSM ID");
    }
    Instant now = clock.instant();
    Shop next =
        current.withKey(
            c.baseUrl(),
            current.apiKeyMasked(),
            Secrets.mask(key.certificationKey()),
            now,
            key.expiresAt());
    SealedCredentials sealed =
        new SealedCredentials(
            shopId, c.baseUrl(), c.apiKey(), null, box.seal(key.certificationKey()));
    jdbi.useHandle(h -> store.update(h, next, sealed));
    LOG.info("shop {}: authorized by Get Auth, key {}", shopId, next.certKeyMasked());
    events.connected(next);
    if (current.hasKey()) {
      events.keyRenewed(next, "Get Auth");
    }
    return next;
  }

  /**
   * The window came back refused ({@code error=access_denied}): uses up the state; nothing changes.
   *
   * @return the shop it was for
   */
  public String cancelAuthorization(String state) {
    return takeState(state);
  }

  /**
   * A Get Auth shop's key was refused (expired or revoked): the shop waits for the seller to
   * authorize it again and its imports stop until then; listeners hear of it once.
   */
  public void authorizationLost(String shopId, String why) {
    Instant now = clock.instant();
    String message =
        "The certification key no longer works ("
            + why
            + "). Imports are stopped until the seller re-authorizes the shop: use Get Auth"
            + " (Renew Tokens) on the shop's page.";
    if (jdbi.inTransaction(h -> store.markAuthNeeded(h, shopId, message, now))) {
      LOG.warn("shop {}: {}", shopId, message);
      events.authorizationNeeded(shopId, message);
    }
  }

  /** Whether shops can be connected by Get Auth on this hub. */
  public boolean getAuthEnabled() {
    return getAuth != null;
  }

  private GetAuth requireGetAuth() {
    if (getAuth == null) {
      throw new HubException(
          "Get Auth is not configured on this hub (QC_GETAUTH_INTEGRATOR): connect with the"
              + " shop's password");
    }
    return getAuth;
  }

  private String takeState(String state) {
    if (state == null || state.isBlank() || state.length() > 100) {
      throw new HubException("Get Auth: no valid state");
    }
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> store.takeState(h, state, now))
        .orElseThrow(
            () ->
                new HubException(
                    "Get Auth: this authorization is unknown, used or older than "
                        + STATE_VALIDITY.toMinutes()
                        + " minutes; press Get Auth again"));
  }

  private String newState() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  public List<Shop> list() {
    return jdbi.withHandle(store::all);
  }

  public Optional<Shop> find(String shopId) {
    return jdbi.withHandle(h -> store.find(h, shopId));
  }

  /**
   * @throws NotFoundException when there is no such shop
   */
  public Shop get(String shopId) {
    return find(shopId).orElseThrow(() -> notFound(shopId));
  }

  /** Applies a change; new credentials or a new URL must pass Get Auth first. */
  public Shop update(String shopId, ShopPatch patch) {
    Shop current = get(shopId);
    SealedCredentials creds = credentials(shopId);
    Shop next = current.withSettings(patch.apply(current.settings()), clock.instant());
    if (patch.changesCredentials() && current.getAuth()) {
      throw new HubException(
          "shop "
              + shopId
              + " is connected by Get Auth: to change its credentials, delete it and connect it"
              + " again");
    }
    if (patch.changesCredentials()) {
      URI url = patch.baseUrl() == null ? current.baseUrl() : ShopUrls.check(patch.baseUrl());
      clients.check(url);
      String apiKey = patch.apiKey() == null ? box.open(creds.apiKey()) : patch.apiKey().trim();
      String password = patch.password() == null ? box.open(creds.password()) : patch.password();
      AuthOutcome.Issued key = issueOrThrow(url, apiKey, shopId, password, "Get Auth");
      next = next.withKey(url, Secrets.mask(apiKey), key.key().masked(), key.issuedAt());
      creds = seal(shopId, url, apiKey, password, key);
    }
    Shop changed = next;
    SealedCredentials sealed = creds;
    jdbi.useHandle(h -> store.update(h, changed, sealed));
    events.changed(next);
    return next;
  }

  /**
   * A new shop, or a removed one connected again: it comes back with its orders, their history and
   * its runs.
   */
  private void insertOrRestore(org.jdbi.v3.core.Handle h, Shop shop, SealedCredentials sealed) {
    if (store.removed(h, shop.shopId())) {
      store.restore(h, shop, sealed);
      LOG.info("shop {} connected again; its orders and history were kept", shop.shopId());
    } else {
      store.insert(h, shop, sealed);
    }
  }

  /** As {@link #remove(String, String)}, by nobody in particular. */
  public void delete(String shopId) {
    remove(shopId, "");
  }

  /**
   * Removes a shop: its imports stop, its API key, password and certification key are erased, and
   * it is no longer listed or found. Its orders, their history, its runs and alerts are kept (read
   * only); connecting the same shop ID again resumes with them.
   *
   * @param by who removed it (an operator's login, "api")
   * @throws NotFoundException when there is no such connected shop
   */
  public void remove(String shopId, String by) {
    Instant now = clock.instant();
    if (!jdbi.inTransaction(h -> store.remove(h, shopId, by == null ? "" : by, now))) {
      throw notFound(shopId);
    }
    LOG.info("shop {} removed by {}; its orders and history are kept", shopId, by);
    events.removed(shopId);
  }

  /**
   * Renew Tokens: issues a new certification key from the stored API key and login. On failure the
   * shop becomes FAILING, listeners hear of it, and a {@link HubException} says why.
   */
  public Shop renew(String shopId, String reason) {
    Shop current = get(shopId);
    if (current.getAuth()) {
      throw new HubException(
          "shop "
              + shopId
              + " is connected by Get Auth: its key is renewed by the seller in the"
              + " authorization window (Get Auth)");
    }
    SealedCredentials c = credentials(shopId);
    String apiKey = box.open(c.apiKey());
    String password = box.open(c.password());
    AuthOutcome outcome = issuer.issue(c.baseUrl(), apiKey, shopId, password);
    return switch (outcome) {
      case AuthOutcome.Issued key -> {
        Shop next =
            current.withKey(
                c.baseUrl(), current.apiKeyMasked(), key.key().masked(), key.issuedAt());
        SealedCredentials sealed = seal(shopId, c.baseUrl(), apiKey, password, key);
        jdbi.useHandle(h -> store.update(h, next, sealed));
        LOG.info("shop {}: new certification key {} ({})", shopId, next.certKeyMasked(), reason);
        events.keyRenewed(next, reason);
        yield next;
      }
      case AuthOutcome.Refused refused -> {
        String message = "Renew Tokens failed: " + refused.problem().message();
        markFailing(shopId, message);
        LOG.warn("shop {}: {} ({})", shopId, message, reason);
        events.keyRenewalFailed(shopId, reason, refused.problem());
        throw new HubException("shop " + shopId + ": " + message);
      }
    };
  }

  /**
   * Test Connection: key validity and expiry, clock skew, one cheap read call. The result is stored
   * on the shop: a failed test marks it FAILING with the reason, a passed one healthy again.
   */
  public ConnectionReport testConnection(String shopId) {
    Shop shop = get(shopId);
    requireKey(shop);
    ConnectionReport report = tester.test(shop, box.open(credentials(shopId).certKey()));
    String error =
        report.problem() != null ? report.problem().message() : String.join(" ", report.messages());
    Instant now = clock.instant();
    jdbi.useHandle(h -> store.markTested(h, shopId, report.ok(), error, now));
    return report;
  }

  /**
   * Records a failure on the shop.
   *
   * @return whether the shop was healthy until now
   */
  public boolean markFailing(String shopId, String error) {
    Instant now = clock.instant();
    return jdbi.inTransaction(h -> store.markFailing(h, shopId, error, now));
  }

  public void markHealthy(String shopId) {
    Instant now = clock.instant();
    jdbi.useHandle(h -> store.markHealthy(h, shopId, now));
  }

  /** The certification key in clear, for a call about to be made. */
  String certificationKey(String shopId) {
    return box.open(credentials(shopId).certKey());
  }

  /** The shop's client with its certification key in clear, endpoint and key read at once. */
  QapiSeller seller(QapiClients clients, String shopId) {
    requireKey(get(shopId));
    SealedCredentials c = credentials(shopId);
    return clients.forUrl(c.baseUrl()).seller(new CertificationKey(box.open(c.certKey())));
  }

  /**
   * A shop that can be called now.
   *
   * @throws HubException for a Get Auth shop waiting for its seller (no key to call with)
   */
  public Shop usable(String shopId) {
    Shop shop = get(shopId);
    requireKey(shop);
    return shop;
  }

  /** A Get Auth shop waiting for its seller has no key to call with. */
  private static void requireKey(Shop shop) {
    if (shop.authNeeded()) {
      throw new HubException(
          "shop "
              + shop.shopId()
              + (shop.hasKey()
                  ? ": the certification key expired or was revoked; re-authorize the shop with"
                      + " Get Auth (Renew Tokens)"
                  : ": authorization pending; the seller must authorize the hub with Get Auth"));
    }
  }

  private SealedCredentials credentials(String shopId) {
    return jdbi.withHandle(h -> store.credentials(h, shopId)).orElseThrow(() -> notFound(shopId));
  }

  private AuthOutcome.Issued issueOrThrow(
      URI url, String apiKey, String shopId, String password, String what) {
    checkApiKeyText(apiKey);
    return switch (issuer.issue(url, apiKey, shopId, password)) {
      case AuthOutcome.Issued i -> i;
      case AuthOutcome.Refused r -> {
        String message = "shop " + shopId + ": " + what + " failed: " + r.problem().message();
        throw r.problem().cause() == ConnectionProblem.Cause.UNREACHABLE
            ? new ShopUrlException(ShopUrlException.Reason.NO_QAPI_ENDPOINT, message)
            : new ShopAuthException(r.problem(), message);
      }
    };
  }

  /**
   * An API key travels in an HTTP header (GiosisCertificationKey): it must be visible ASCII, or no
   * request could even be built with it.
   */
  private static void checkApiKeyText(String apiKey) {
    if (apiKey == null || apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw new HubException(
          "\"apiKey\" must be visible ASCII characters (letters, digits, signs), without spaces"
              + " or control characters");
    }
  }

  private SealedCredentials seal(
      String shopId, URI url, String apiKey, String password, AuthOutcome.Issued key) {
    return new SealedCredentials(
        shopId, url, box.seal(apiKey), box.seal(password), box.seal(key.key().value()));
  }

  private static NotFoundException notFound(String shopId) {
    return new NotFoundException("no shop " + shopId);
  }
}
