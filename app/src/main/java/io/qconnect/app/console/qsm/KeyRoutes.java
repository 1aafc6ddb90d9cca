package io.qconnect.app.console.qsm;

import io.qconnect.app.console.Call;
import io.qconnect.app.console.Flash;
import io.qconnect.app.console.Role;
import io.qconnect.app.console.Router;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.access.CertificationOutcome;
import io.qconnect.marketplace.access.IssuedKey;
import io.qconnect.marketplace.access.KeyInfo;
import io.qconnect.marketplace.qapi.MethodGroup;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.protocol.wire.QapiMethod;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * API IDの発行/照会 (the API key, masked unless the seller asks to see it, and the certification keys
 * with their expiry; issuing one; the keys issued to integrators through Get Auth, each revocable;
 * every QAPI method by group).
 */
public final class KeyRoutes {
  private final Marketplace market;

  KeyRoutes(Marketplace market) {
    this.market = market;
  }

  /** A certification key with the days it has left. */
  public record CertRow(KeyInfo key, long daysLeft) {}

  /** A key just issued, shown once. */
  public record NewKey(String key, LocalDateTime expiresAt) {}

  /**
   * API IDの発行/照会.
   *
   * @param apiKey the API key, masked; null before one is issued
   * @param revealed the API key in full when the seller asked to see it, else null
   * @param issued a certification key issued just now, else null
   * @param integratorKeys the keys issued through integrators' Get Auth windows
   * @param methods every method the QAPI endpoint answers, by group (R19)
   */
  public record KeysPage(
      Seller seller,
      KeyInfo apiKey,
      String revealed,
      List<CertRow> certKeys,
      NewKey issued,
      List<IssuedKey> integratorKeys,
      Map<MethodGroup, List<QapiMethod>> methods) {}

  void mount(Router r) {
    r.page("/qsm/api", Role.SELLER, this::keys);
    r.action("/qsm/api/reveal", Role.SELLER, c -> reveal(c, "reveal-api", "/qsm/api"));
    r.action("/qsm/api/certification", Role.SELLER, this::issue);
    r.action("/qsm/api/integrator-keys/revoke", Role.SELLER, this::revoke);
  }

  private void keys(Call c) {
    String id = c.login();
    LocalDateTime now = market.clock().nowJst();
    List<CertRow> certs =
        market.keys().certificationKeys(id).stream()
            .map(k -> new CertRow(k, Duration.between(now, k.expiresAt()).toDays()))
            .toList();
    String revealed =
        c.takeOnce("reveal-api", Boolean.class).isPresent()
            ? market.keys().revealApiKey(id).orElse(null)
            : null;
    KeysPage m =
        new KeysPage(
            market.sellers().get(id),
            market.keys().apiKey(id).orElse(null),
            revealed,
            certs,
            c.takeOnce("new-key", NewKey.class).orElse(null),
            market.authorizations().issuedKeys(id),
            MethodGroup.grouped(market.qapi().methods()));
    c.render("qsm/keys.jte", c.shell("qsm.api.title"), m);
  }

  static String reveal(Call c, String what, String back) {
    c.once(what, Boolean.TRUE);
    return back;
  }

  private String issue(Call c) {
    String apiKey = market.keys().revealApiKey(c.login()).orElse(null);
    CertificationOutcome outcome =
        market.keys().createCertificationKey(apiKey, c.form("userId"), c.form("password"));
    switch (outcome) {
      case CertificationOutcome.Issued i -> {
        c.once("new-key", new NewKey(i.key(), i.expiresAt()));
        c.flash(Flash.Kind.OK, c.t().f("qsm.api.issued", c.t().dt(i.expiresAt())));
      }
      case CertificationOutcome.UnknownApiKey u -> {
        c.flash(Flash.Kind.ERROR, c.t().t("qsm.api.noApiKey"));
        c.keepForm();
      }
      case CertificationOutcome.WrongLogin w -> {
        c.flash(Flash.Kind.ERROR, c.t().t("qsm.api.wrongLogin"));
        c.keepForm();
      }
      case CertificationOutcome.Locked l -> {
        c.flash(Flash.Kind.ERROR, c.t().f("qsm.api.locked", c.t().dt(l.until())));
        c.keepForm();
      }
      case CertificationOutcome.Suspended s -> {
        c.flash(Flash.Kind.ERROR, c.t().t("qsm.api.suspended"));
        c.keepForm();
      }
    }
    return "/qsm/api";
  }

  /** The seller revokes a key issued through an integrator: QAPI answers it as invalid. */
  private String revoke(Call c) {
    long keyId = c.longNumber(c.form("keyId"), "keyId");
    if (market.authorizations().revoke(c.login(), keyId)) {
      c.flash(Flash.Kind.OK, c.t().t("qsm.api.revoked"));
    } else {
      c.flash(Flash.Kind.ERROR, c.t().t("qsm.api.notRevoked"));
    }
    return "/qsm/api#integrator-keys";
  }
}
