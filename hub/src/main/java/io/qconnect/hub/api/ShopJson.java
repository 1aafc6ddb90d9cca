package io.qconnect.hub.api;

import io.qconnect.hub.mail.IntakeAddress;
import io.qconnect.hub.shop.AuthMode;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopHealth;
import io.qconnect.protocol.secret.Secrets;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * A shop as the API shows it. Secrets appear only masked; the password not even that (a masked
 * password would still give away six of its characters).
 */
record ShopJson(
    String shopId,
    String baseUrl,
    List<Integer> statuses,
    int lookbackDays,
    int intervalMinutes,
    boolean autoImport,
    boolean autoConfirm,
    int confirmBusinessDays,
    int renewBeforeDays,
    String apiKey,
    String password,
    String certificationKey,
    Instant keyIssuedAt,
    Instant keyExpiresAt,
    long keyDaysLeft,
    ShopHealth health,
    String lastError,
    Instant lastErrorAt,
    Instant lastSuccessAt,
    Instant nextImportAt,
    List<String> warnings,
    AuthMode authMode,
    boolean authorizationNeeded,
    String authorizationUrl,
    MailIntakeJson mailIntake,
    Shop.Tested lastTest) {

  /**
   * The shop's intake address and what to register in QSM's 通知管理 to send to it (R92).
   *
   * @param group the template group ("NextEngine")
   * @param kind the notification kind ("ORDER")
   */
  record MailIntakeJson(String address, String group, String kind) {
    static MailIntakeJson of(IntakeAddress a) {
      return new MailIntakeJson(a.address(), a.group(), a.kind());
    }
  }

  static final String PASSWORD_MASK = "********";

  static ShopJson of(Shop s, Instant now, Instant nextImportAt, IntakeAddress mail) {
    return new ShopJson(
        s.shopId(),
        Secrets.redact(s.baseUrl().toString()),
        s.settings().statuses(),
        s.settings().lookbackDays(),
        s.settings().intervalMinutes(),
        s.settings().autoImport(),
        s.settings().autoConfirm(),
        s.settings().confirmBusinessDays(),
        s.settings().renewBeforeDays(),
        s.apiKeyMasked(),
        s.getAuth() ? "" : PASSWORD_MASK,
        s.certKeyMasked(),
        s.keyIssuedAt(),
        s.keyExpiresAt(),
        s.daysUntilExpiry(now),
        s.health(),
        s.lastError(),
        s.lastErrorAt(),
        s.lastSuccessAt(),
        nextImportAt,
        s.settings().warnings(),
        s.authMode(),
        s.authNeeded(),
        null,
        MailIntakeJson.of(mail),
        s.tested());
  }

  /** This answer with the authorization window to open (Get Auth). */
  ShopJson withAuthorizationUrl(URI url) {
    return new ShopJson(
        shopId,
        baseUrl,
        statuses,
        lookbackDays,
        intervalMinutes,
        autoImport,
        autoConfirm,
        confirmBusinessDays,
        renewBeforeDays,
        apiKey,
        password,
        certificationKey,
        keyIssuedAt,
        keyExpiresAt,
        keyDaysLeft,
        health,
        lastError,
        lastErrorAt,
        lastSuccessAt,
        nextImportAt,
        warnings,
        authMode,
        authorizationNeeded,
        url.toString(),
        mailIntake,
        lastTest);
  }
}
