package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.secret.Secrets;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Get Auth for {@link ShopService}: a shop saved without password waits for its seller to authorize
 * the hub in the marketplace's window; the window's state is kept for {@link
 * ShopService#STATE_VALIDITY} and used once, the code it brings back is exchanged for the key.
 */
final class GetAuthFlow {
  private static final Logger LOG = LoggerFactory.getLogger(ShopService.class);

  private final ShopService shops;
  private final Jdbi jdbi;
  private final JdbcShopStore store;
  private final SecretBox box;
  private final Clock clock;
  private final URI defaultUrl;
  private final ShopEvents events;
  private final GetAuth getAuth;
  private final java.security.SecureRandom random = new java.security.SecureRandom();

  GetAuthFlow(
      ShopService shops,
      Jdbi jdbi,
      JdbcShopStore store,
      SecretBox box,
      Clock clock,
      URI defaultUrl,
      ShopEvents events,
      GetAuth getAuth) {
    this.shops = shops;
    this.jdbi = jdbi;
    this.store = store;
    this.box = box;
    this.clock = clock;
    this.defaultUrl = defaultUrl;
    this.events = events;
    this.getAuth = getAuth;
  }

  /**
   * Saves a shop to be connected by Get Auth: without password and, until the seller authorizes the
   * hub in the marketplace's window, without key (nothing is imported). Answers the window to open.
   */
  ShopService.Pending connect(NewShop n) {
    GetAuth ga = requireGetAuth();
    if (shops.find(n.shopId()).isPresent()) {
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
          shops.insertOrRestore(h, shop, sealed);
          store.insertState(h, state, shop.shopId(), now.plus(ShopService.STATE_VALIDITY));
        });
    LOG.info("shop {} saved at {}, waiting for Get Auth", shop.shopId(), url);
    return new ShopService.Pending(shop, ga.window(url, state));
  }

  /**
   * A new authorization window for a Get Auth shop (Renew Tokens, re-authorization after the key
   * expired or was revoked).
   *
   * @throws HubException when the shop is connected with its password
   */
  URI authorizationUrl(String shopId) {
    GetAuth ga = requireGetAuth();
    Shop shop = shops.get(shopId);
    if (!shop.getAuth()) {
      throw new HubException(
          "shop " + shopId + " is connected with its password: use Renew Tokens");
    }
    String state = newState();
    Instant expires = clock.instant().plus(ShopService.STATE_VALIDITY);
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
  Shop complete(String state, String code) {
    GetAuth ga = requireGetAuth();
    String shopId = takeState(state);
    if (code == null || code.isBlank()) {
      throw new HubException("Get Auth: the marketplace sent no code");
    }
    Shop current = shops.get(shopId);
    SealedCredentials c = shops.credentials(shopId);
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
  String cancel(String state) {
    return takeState(state);
  }

  /**
   * A Get Auth shop's key was refused (expired or revoked): the shop waits for the seller to
   * authorize it again and its imports stop until then; listeners hear of it once.
   */
  void lost(String shopId, String why) {
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
                        + ShopService.STATE_VALIDITY.toMinutes()
                        + " minutes; press Get Auth again"));
  }

  private String newState() {
    byte[] b = new byte[32];
    random.nextBytes(b);
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
