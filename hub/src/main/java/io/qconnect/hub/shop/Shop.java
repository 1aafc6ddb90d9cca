package io.qconnect.hub.shop;

import io.qconnect.protocol.wire.QapiDates;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A connected shop as the hub shows it: no secret in clear, only masked ({@code abcd…yz}).
 *
 * @param shopId the QSM login ID (Shop ID, 販売者アカウントID)
 * @param baseUrl the QAPI endpoint the shop is reached at
 * @param settings how the shop is worked
 * @param apiKeyMasked the API key ("API ID"), masked
 * @param certKeyMasked the certification key (SAK), masked
 * @param keyIssuedAt when the certification key was issued
 * @param keyExpiresAt issue + 365 days
 * @param health OK, or FAILING with {@link #lastError()}
 * @param lastError why the last run or renewal failed; "" when healthy
 * @param lastErrorAt when it last failed, or null
 * @param lastSuccessAt when a run last succeeded, or null
 * @param authMode how the key is obtained (with the stored password, or by Get Auth)
 * @param authNeeded a Get Auth shop waiting for the seller to authorize it (first time, or after
 *     its key expired or was revoked): it has no usable key and nothing is imported until then
 * @param tested the last Test Connection's result, or null when never tested
 */
public record Shop(
    String shopId,
    URI baseUrl,
    ShopSettings settings,
    String apiKeyMasked,
    String certKeyMasked,
    Instant keyIssuedAt,
    Instant keyExpiresAt,
    ShopHealth health,
    String lastError,
    Instant lastErrorAt,
    Instant lastSuccessAt,
    Instant createdAt,
    Instant updatedAt,
    AuthMode authMode,
    boolean authNeeded,
    Tested tested) {

  /** A Test Connection's result as stored: when, and whether it passed. */
  public record Tested(Instant at, boolean ok) {
    public Tested {
      Objects.requireNonNull(at, "at");
    }
  }

  /** A certification key is valid for one year. */
  public static final Duration KEY_VALIDITY = Duration.ofDays(365);

  public Shop {
    Objects.requireNonNull(shopId, "shopId");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(keyIssuedAt, "keyIssuedAt");
    Objects.requireNonNull(keyExpiresAt, "keyExpiresAt");
    Objects.requireNonNull(health, "health");
    authMode = authMode == null ? AuthMode.PASSWORD : authMode;
    lastError = lastError == null ? "" : lastError;
  }

  /**
   * A shop connected at {@code now}: healthy, never run, and without its key until {@link #withKey}
   * gives it one.
   */
  static Shop connected(String shopId, URI baseUrl, ShopSettings settings, Instant now) {
    return new Shop(
        shopId,
        baseUrl,
        settings,
        "",
        "",
        now,
        now,
        ShopHealth.OK,
        "",
        null,
        null,
        now,
        now,
        AuthMode.PASSWORD,
        false,
        null);
  }

  /** A shop saved by Get Auth, waiting for the seller: no key yet, nothing imported. */
  static Shop pending(
      String shopId, URI baseUrl, ShopSettings settings, String apiKeyMasked, Instant now) {
    return new Shop(
        shopId,
        baseUrl,
        settings,
        apiKeyMasked,
        "",
        now,
        now,
        ShopHealth.OK,
        "",
        null,
        null,
        now,
        now,
        AuthMode.GETAUTH,
        true,
        null);
  }

  /** Whether the key comes from the seller's authorization (Get Auth) rather than a password. */
  public boolean getAuth() {
    return authMode == AuthMode.GETAUTH;
  }

  /** Whether the shop has a key at all (a Get Auth shop has none until first authorized). */
  public boolean hasKey() {
    return !certKeyMasked.isEmpty();
  }

  /** Whole days left before the key expires; negative once it has. */
  public long daysUntilExpiry(Instant now) {
    return Math.floorDiv(Duration.between(now, keyExpiresAt).getSeconds(), 86_400L);
  }

  /** The day the key expires in Japan, {@code yyyy-MM-dd}. */
  public String keyExpiryDate() {
    return QapiDates.ISO_DATE.format(keyExpiresAt.atZone(QapiDates.JST));
  }

  public boolean keyExpired(Instant now) {
    return !now.isBefore(keyExpiresAt);
  }

  /** Whether the key should be re-issued now ({@code renewBeforeDays} before expiry, or later). */
  public boolean renewalDue(Instant now) {
    return !now.isBefore(keyExpiresAt.minus(Duration.ofDays(settings.renewBeforeDays())));
  }

  Shop withSettings(ShopSettings s, Instant now) {
    return new Shop(
        shopId,
        baseUrl,
        s,
        apiKeyMasked,
        certKeyMasked,
        keyIssuedAt,
        keyExpiresAt,
        health,
        lastError,
        lastErrorAt,
        lastSuccessAt,
        createdAt,
        now,
        authMode,
        authNeeded,
        tested);
  }

  /** This shop with a newly issued key (and possibly a new URL and API key): healthy again. */
  Shop withKey(URI url, String apiMasked, String certMasked, Instant issuedAt) {
    return withKey(url, apiMasked, certMasked, issuedAt, issuedAt.plus(KEY_VALIDITY));
  }

  /** As {@link #withKey(URI, String, String, Instant)}, with the expiry the issuer stated. */
  Shop withKey(URI url, String apiMasked, String certMasked, Instant issuedAt, Instant expiresAt) {
    return new Shop(
        shopId,
        url,
        settings,
        apiMasked,
        certMasked,
        issuedAt,
        expiresAt,
        ShopHealth.OK,
        "",
        lastErrorAt,
        lastSuccessAt,
        createdAt,
        issuedAt,
        authMode,
        false,
        tested);
  }
}
