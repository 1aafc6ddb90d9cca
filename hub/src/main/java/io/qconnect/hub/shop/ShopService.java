package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.NotFoundException;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.secret.SecretBox;
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
  private final Clock clock;
  private final ShopEvents events;
  private final GetAuth getAuth;
  private final GetAuthFlow getAuthFlow;
  private final CredentialsFlow credentialsFlow;

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
    this.getAuth = getAuth;
    this.box = box;
    this.clock = clock;
    this.events = events;
    this.getAuthFlow = new GetAuthFlow(this, jdbi, store, box, clock, defaultUrl, events, getAuth);
    this.credentialsFlow =
        new CredentialsFlow(
            this, jdbi, store, box, issuer, tester, clock, defaultUrl, events, clients);
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
    return credentialsFlow.connect(n);
  }

  /**
   * Saves a shop to be connected by Get Auth: without password and, until the seller authorizes the
   * hub in the marketplace's window, without key (nothing is imported). Answers the window to open.
   */
  public Pending connectWithGetAuth(NewShop n) {
    return getAuthFlow.connect(n);
  }

  /**
   * A new authorization window for a Get Auth shop (Renew Tokens, re-authorization after the key
   * expired or was revoked).
   *
   * @throws HubException when the shop is connected with its password
   */
  public URI authorizationUrl(String shopId) {
    return getAuthFlow.authorizationUrl(shopId);
  }

  /**
   * The window came back with a code: uses up the state, exchanges the code with the marketplace
   * (server to server) and stores the key sealed. The shop is connected and imports again.
   *
   * @throws HubException for a state unknown, used or expired, a refused code, or a key issued for
   *     another seller than the shop
   */
  public Shop completeAuthorization(String state, String code) {
    return getAuthFlow.complete(state, code);
  }

  /**
   * The window came back refused ({@code error=access_denied}): uses up the state; nothing changes.
   *
   * @return the shop it was for
   */
  public String cancelAuthorization(String state) {
    return getAuthFlow.cancel(state);
  }

  /**
   * A Get Auth shop's key was refused (expired or revoked): the shop waits for the seller to
   * authorize it again and its imports stop until then; listeners hear of it once.
   */
  public void authorizationLost(String shopId, String why) {
    getAuthFlow.lost(shopId, why);
  }

  /** Whether shops can be connected by Get Auth on this hub. */
  public boolean getAuthEnabled() {
    return getAuth != null;
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
    return credentialsFlow.update(shopId, patch);
  }

  /**
   * A new shop, or a removed one connected again: it comes back with its orders, their history and
   * its runs.
   */
  void insertOrRestore(org.jdbi.v3.core.Handle h, Shop shop, SealedCredentials sealed) {
    credentialsFlow.insertOrRestore(h, shop, sealed);
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
    return credentialsFlow.renew(shopId, reason);
  }

  /**
   * Test Connection: key validity and expiry, clock skew, one cheap read call. The result is stored
   * on the shop: a failed test marks it FAILING with the reason, a passed one healthy again.
   */
  public ConnectionReport testConnection(String shopId) {
    return credentialsFlow.test(shopId);
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
  static void requireKey(Shop shop) {
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

  SealedCredentials credentials(String shopId) {
    return jdbi.withHandle(h -> store.credentials(h, shopId)).orElseThrow(() -> notFound(shopId));
  }

  static NotFoundException notFound(String shopId) {
    return new NotFoundException("no shop " + shopId);
  }
}
