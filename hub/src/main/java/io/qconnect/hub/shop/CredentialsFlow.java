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
 * The credentials side of {@link ShopService}: connecting a shop with its password (Get Auth first,
 * nothing saved when it fails), changing its credentials, Renew Tokens and Test Connection. Secrets
 * are sealed here before they reach the database.
 */
final class CredentialsFlow {
  private static final Logger LOG = LoggerFactory.getLogger(ShopService.class);

  private final ShopService shops;
  private final Jdbi jdbi;
  private final JdbcShopStore store;
  private final SecretBox box;
  private final KeyIssuer issuer;
  private final ConnectionTester tester;
  private final Clock clock;
  private final URI defaultUrl;
  private final ShopEvents events;
  private final QapiClients clients;

  CredentialsFlow(
      ShopService shops,
      Jdbi jdbi,
      JdbcShopStore store,
      SecretBox box,
      KeyIssuer issuer,
      ConnectionTester tester,
      Clock clock,
      URI defaultUrl,
      ShopEvents events,
      QapiClients clients) {
    this.shops = shops;
    this.jdbi = jdbi;
    this.store = store;
    this.box = box;
    this.issuer = issuer;
    this.tester = tester;
    this.clock = clock;
    this.defaultUrl = defaultUrl;
    this.events = events;
    this.clients = clients;
  }

  /** Get Auth, then save the shop; nothing is saved when Get Auth fails. */
  Shop connect(NewShop n) {
    if (shops.find(n.shopId()).isPresent()) {
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

  /** Applies a change; new credentials or a new URL must pass Get Auth first. */
  Shop update(String shopId, ShopPatch patch) {
    Shop current = shops.get(shopId);
    SealedCredentials creds = shops.credentials(shopId);
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
   * Renew Tokens: issues a new certification key from the stored API key and login. On failure the
   * shop becomes FAILING, listeners hear of it, and a {@link HubException} says why.
   */
  Shop renew(String shopId, String reason) {
    Shop current = shops.get(shopId);
    if (current.getAuth()) {
      throw new HubException(
          "shop "
              + shopId
              + " is connected by Get Auth: its key is renewed by the seller in the"
              + " authorization window (Get Auth)");
    }
    SealedCredentials c = shops.credentials(shopId);
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
        shops.markFailing(shopId, message);
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
  ConnectionReport test(String shopId) {
    Shop shop = shops.get(shopId);
    ShopService.requireKey(shop);
    ConnectionReport report = tester.test(shop, box.open(shops.credentials(shopId).certKey()));
    String error =
        report.problem() != null ? report.problem().message() : String.join(" ", report.messages());
    Instant now = clock.instant();
    jdbi.useHandle(h -> store.markTested(h, shopId, report.ok(), error, now));
    return report;
  }

  /**
   * A new shop, or a removed one connected again: it comes back with its orders, their history and
   * its runs.
   */
  void insertOrRestore(org.jdbi.v3.core.Handle h, Shop shop, SealedCredentials sealed) {
    if (store.removed(h, shop.shopId())) {
      store.restore(h, shop, sealed);
      LOG.info("shop {} connected again; its orders and history were kept", shop.shopId());
    } else {
      store.insert(h, shop, sealed);
    }
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
}
