package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubJdbi;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Shops, their settings, their sealed credentials and their health ({@code hub_shop}). Stateless:
 * every method runs on the caller's handle, and {@link ShopService} decides the transaction.
 */
final class JdbcShopStore {

  /** A new shop with its first certification key. */
  void insert(Handle h, Shop s, SealedCredentials c) {
    bindAll(
            h.createUpdate(
                """
                        INSERT INTO hub_shop (shop_id, base_url, api_key_sealed, api_key_masked,
                          password_sealed, cert_key_sealed, cert_key_masked, key_issued_at,
                          key_expires_at, fetch_statuses, lookback_days, interval_minutes,
                          auto_import, auto_confirm, confirm_business_days, renew_before_days,
                          health, created_at, updated_at, auth_mode, auth_needed)
                        VALUES (:shop, :url, :apiSealed, :apiMasked, :pwdSealed, :certSealed,
                          :certMasked, :issued, :expires, :statuses, :lookback, :interval,
                          :autoImport, :autoConfirm, :confirmDays, :renewDays, :health, :created,
                          :updated, :authMode, :authNeeded)"""),
            s,
            c)
        .execute();
  }

  /** Replaces a shop's settings, URL and credentials in one statement. */
  void update(Handle h, Shop s, SealedCredentials c) {
    bindAll(
            h.createUpdate(
                """
                        UPDATE hub_shop SET base_url = :url, api_key_sealed = :apiSealed,
                          api_key_masked = :apiMasked, password_sealed = :pwdSealed,
                          cert_key_sealed = :certSealed, cert_key_masked = :certMasked,
                          key_issued_at = :issued, key_expires_at = :expires,
                          fetch_statuses = :statuses, lookback_days = :lookback,
                          interval_minutes = :interval, auto_import = :autoImport,
                          auto_confirm = :autoConfirm, confirm_business_days = :confirmDays,
                          renew_before_days = :renewDays, health = :health,
                          updated_at = :updated, auth_mode = :authMode,
                          auth_needed = :authNeeded
                        WHERE shop_id = :shop"""),
            s,
            c)
        .execute();
  }

  private static Update bindAll(Update u, Shop s, SealedCredentials c) {
    return u.bind("shop", s.shopId())
        .bind("url", s.baseUrl().toString())
        .bind("apiSealed", c.apiKey())
        .bind("apiMasked", s.apiKeyMasked())
        .bind("pwdSealed", c.password())
        .bind("certSealed", c.certKey())
        .bind("certMasked", s.certKeyMasked())
        .bind("issued", s.keyIssuedAt())
        .bind("expires", s.keyExpiresAt())
        .bind("statuses", s.settings().statusesText())
        .bind("lookback", s.settings().lookbackDays())
        .bind("interval", s.settings().intervalMinutes())
        .bind("autoImport", s.settings().autoImport())
        .bind("autoConfirm", s.settings().autoConfirm())
        .bind("confirmDays", s.settings().confirmBusinessDays())
        .bind("renewDays", s.settings().renewBeforeDays())
        .bind("health", s.health().name())
        .bind("created", s.createdAt())
        .bind("updated", s.updatedAt())
        .bind("authMode", s.authMode().name())
        .bind("authNeeded", s.authNeeded());
  }

  /** A shop that is connected (not removed). */
  Optional<Shop> find(Handle h, String shopId) {
    return h.createQuery("SELECT * FROM hub_shop WHERE shop_id = :shop AND removed_at IS NULL")
        .bind("shop", shopId)
        .map(JdbcShopStore::shop)
        .findOne();
  }

  List<Shop> all(Handle h) {
    return h.createQuery("SELECT * FROM hub_shop WHERE removed_at IS NULL ORDER BY shop_id")
        .map(JdbcShopStore::shop)
        .list();
  }

  Optional<SealedCredentials> credentials(Handle h, String shopId) {
    return h.createQuery(
            """
            SELECT shop_id, base_url, api_key_sealed, password_sealed, cert_key_sealed
            FROM hub_shop WHERE shop_id = :shop""")
        .bind("shop", shopId)
        .map(
            (rs, ctx) ->
                new SealedCredentials(
                    rs.getString("shop_id"),
                    URI.create(rs.getString("base_url")),
                    rs.getString("api_key_sealed"),
                    rs.getString("password_sealed"),
                    rs.getString("cert_key_sealed")))
        .findOne();
  }

  /**
   * Removes a shop softly: its secrets are erased and it is no longer listed or found, while its
   * orders, their history and its runs stay.
   *
   * @return whether a connected shop was removed
   */
  boolean remove(Handle h, String shopId, String by, Instant at) {
    h.createUpdate("DELETE FROM hub_getauth_state WHERE shop_id = :shop")
        .bind("shop", shopId)
        .execute();
    return h.createUpdate(
                """
                UPDATE hub_shop SET removed_at = :at, removed_by = :by, api_key_sealed = '',
                  password_sealed = NULL, cert_key_sealed = NULL, updated_at = :at
                WHERE shop_id = :shop AND removed_at IS NULL""")
            .bind("shop", shopId)
            .bind("by", HubJdbi.clip(by, 100))
            .bind("at", at)
            .execute()
        > 0;
  }

  /** Whether {@code shopId} names a removed shop (connecting it again brings it back). */
  boolean removed(Handle h, String shopId) {
    return h.createQuery(
                "SELECT COUNT(*) FROM hub_shop WHERE shop_id = :shop AND removed_at IS NOT NULL")
            .bind("shop", shopId)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** Brings a removed shop back, connected anew with {@code s} (its history kept). */
  void restore(Handle h, Shop s, SealedCredentials c) {
    update(h, s, c);
    h.createUpdate(
            """
            UPDATE hub_shop SET removed_at = NULL, removed_by = NULL, health = :health,
              last_error = '', tested_at = NULL, test_ok = NULL
            WHERE shop_id = :shop""")
        .bind("shop", s.shopId())
        .bind("health", s.health().name())
        .execute();
  }

  /** Stores a Test Connection's result; a failed test marks the shop FAILING with its error. */
  void markTested(Handle h, String shopId, boolean ok, String error, Instant at) {
    h.createUpdate(
            ok
                ? "UPDATE hub_shop SET tested_at = :at, test_ok = TRUE, health = 'OK',"
                    + " last_error = '' WHERE shop_id = :shop"
                : "UPDATE hub_shop SET tested_at = :at, test_ok = FALSE, health = 'FAILING',"
                    + " last_error = :error, last_error_at = :at WHERE shop_id = :shop")
        .bind("shop", shopId)
        .bind("error", HubJdbi.clip(error, 2000))
        .bind("at", at)
        .execute();
  }

  /**
   * Marks a shop FAILING with its error; the caller runs it in one transaction.
   *
   * @return whether it was healthy before (so that one alert is raised per failure streak); false
   *     for a removed shop (a run that was in progress when it was removed raises no alert)
   */
  boolean markFailing(Handle h, String shopId, String error, Instant at) {
    boolean wasOk =
        h.createQuery("SELECT health FROM hub_shop WHERE shop_id = :shop AND removed_at IS NULL")
            .bind("shop", shopId)
            .mapTo(String.class)
            .findOne()
            .map(ShopHealth.OK.name()::equals)
            .orElse(false);
    h.createUpdate(
            """
            UPDATE hub_shop SET health = 'FAILING', last_error = :error, last_error_at = :at
            WHERE shop_id = :shop AND removed_at IS NULL""")
        .bind("shop", shopId)
        .bind("error", HubJdbi.clip(error, 2000))
        .bind("at", at)
        .execute();
    return wasOk;
  }

  /**
   * Marks a Get Auth shop as waiting for the seller's authorization again (its key expired or was
   * revoked), FAILING with {@code error}; the caller runs it in one transaction.
   *
   * @return whether it was not waiting before (so that one alert is raised)
   */
  boolean markAuthNeeded(Handle h, String shopId, String error, Instant at) {
    boolean was =
        h.createQuery("SELECT auth_needed FROM hub_shop WHERE shop_id = :shop")
            .bind("shop", shopId)
            .mapTo(Boolean.class)
            .findOne()
            .orElse(true);
    h.createUpdate(
            """
            UPDATE hub_shop SET auth_needed = TRUE, health = 'FAILING', last_error = :error,
              last_error_at = :at
            WHERE shop_id = :shop""")
        .bind("shop", shopId)
        .bind("error", HubJdbi.clip(error, 2000))
        .bind("at", at)
        .execute();
    return !was;
  }

  /** Stores a pending authorization's state for {@code shopId}. */
  void insertState(Handle h, String state, String shopId, Instant expiresAt) {
    h.createUpdate(
            "INSERT INTO hub_getauth_state (state, shop_id, expires_at) VALUES (:s, :shop, :exp)")
        .bind("s", state)
        .bind("shop", shopId)
        .bind("exp", expiresAt)
        .execute();
  }

  /**
   * Uses up a state: the shop it was created for, when it exists and has not expired. A state is
   * deleted once read, so that it works once; expired ones go at the same time.
   */
  Optional<String> takeState(Handle h, String state, Instant now) {
    Optional<String> shop =
        h.createQuery(
                "SELECT shop_id FROM hub_getauth_state WHERE state = :s AND expires_at > :now")
            .bind("s", state)
            .bind("now", now)
            .mapTo(String.class)
            .findOne();
    int deleted =
        h.createUpdate("DELETE FROM hub_getauth_state WHERE state = :s").bind("s", state).execute();
    h.createUpdate("DELETE FROM hub_getauth_state WHERE expires_at <= :now")
        .bind("now", now)
        .execute();
    return deleted > 0 ? shop : Optional.empty();
  }

  void markHealthy(Handle h, String shopId, Instant at) {
    h.createUpdate(
            """
            UPDATE hub_shop SET health = 'OK', last_error = '', last_success_at = :at
            WHERE shop_id = :shop""")
        .bind("shop", shopId)
        .bind("at", at)
        .execute();
  }

  private static Shop shop(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Shop(
        rs.getString("shop_id"),
        URI.create(rs.getString("base_url")),
        new ShopSettings(
            ShopSettings.parseStatuses(rs.getString("fetch_statuses")),
            rs.getInt("lookback_days"),
            rs.getInt("interval_minutes"),
            rs.getBoolean("auto_import"),
            rs.getBoolean("auto_confirm"),
            rs.getInt("confirm_business_days"),
            rs.getInt("renew_before_days")),
        rs.getString("api_key_masked"),
        rs.getString("cert_key_masked"),
        HubJdbi.instant(rs, "key_issued_at"),
        HubJdbi.instant(rs, "key_expires_at"),
        ShopHealth.valueOf(rs.getString("health")),
        rs.getString("last_error"),
        HubJdbi.instant(rs, "last_error_at"),
        HubJdbi.instant(rs, "last_success_at"),
        HubJdbi.instant(rs, "created_at"),
        HubJdbi.instant(rs, "updated_at"),
        AuthMode.valueOf(rs.getString("auth_mode")),
        rs.getBoolean("auth_needed"),
        tested(rs));
  }

  private static Shop.Tested tested(ResultSet rs) throws SQLException {
    Instant at = HubJdbi.instant(rs, "tested_at");
    return at == null ? null : new Shop.Tested(at, rs.getBoolean("test_ok"));
  }
}
