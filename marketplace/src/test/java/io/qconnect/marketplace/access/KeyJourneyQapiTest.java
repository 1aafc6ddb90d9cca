package io.qconnect.marketplace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.marketplace.seller.NewSeller;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.wire.QapiKeyExpiredException;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import io.qconnect.protocol.wire.QapiNotAuthorizedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seller's whole key journey over real HTTP: request, approval on a business day, API key,
 * certification key, calls, expiry after 365 days, a new key.
 */
class KeyJourneyQapiTest {
  @TestMarketplace MarketplaceServer server;

  @BeforeEach
  void setUp() {
    server
        .market
        .sellers()
        .register(new NewSeller("journey-shop", "journey-pass", "j@example.jp", "食品", true, 0));
  }

  private CertificationKey certify(ApiKey api, String password) {
    return server.client.createCertificationKey(api, "journey-shop", password).orElseThrow();
  }

  @Test
  void request_approval_api_key_certification_key_calls_expiry_and_a_new_key() {
    server.setClock("2026-01-10T11:00:00+09:00"); // Saturday
    PermissionRequest r =
        server
            .market
            .access()
            .file(
                new RequestForm(
                    PermissionKind.API_KEY,
                    "journey-shop",
                    "j@example.jp",
                    "食品",
                    "受注と在庫の連携",
                    "NextEngine"));
    assertThat(server.market.keys().revealApiKey("journey-shop")).isEmpty();
    server.setClock("2026-01-13T09:00:00+09:00"); // Tuesday, after 成人の日
    assertThat(server.market.access().get(r.id()).status()).isEqualTo(RequestStatus.APPROVED);

    ApiKey api = new ApiKey(server.market.keys().revealApiKey("journey-shop").orElseThrow());
    CertificationKey key = certify(api, "journey-pass");
    QapiSeller seller = server.client.seller(key);
    assertThat(seller.getAllGoodsInfo(ItemStatus.ON_SALE, 1).code()).isZero();

    server.sandbox("PUT", "/sandbox/clock", "{\"advance\":\"P365D\"}");
    assertThatThrownBy(() -> seller.getAllGoodsInfo(ItemStatus.ON_SALE, 1))
        .isInstanceOfSatisfying(
            QapiKeyExpiredException.class, e -> assertThat(e.code()).isEqualTo(-90004));

    QapiSeller renewed = server.client.seller(certify(api, "journey-pass"));
    assertThat(renewed.getAllGoodsInfo(ItemStatus.ON_SALE, 1).code()).isZero();
  }

  @Test
  void a_password_change_makes_old_keys_answer_90005_and_a_suspension_90002() {
    ApiKey api = new ApiKey(server.market.keys().issueApiKey("journey-shop"));
    QapiSeller seller = server.client.seller(certify(api, "journey-pass"));
    server.market.sellers().changePassword("journey-shop", "changed-pass");
    assertThatThrownBy(() -> seller.getAllGoodsInfo(ItemStatus.ON_SALE, 1))
        .isInstanceOfSatisfying(
            QapiKeyExpiredException.class, e -> assertThat(e.code()).isEqualTo(-90005));

    QapiSeller fresh = server.client.seller(certify(api, "changed-pass"));
    server.market.sellers().suspend("journey-shop", true, false, "出荷遅延が続いています");
    assertThatThrownBy(() -> fresh.getAllGoodsInfo(ItemStatus.ON_SALE, 1))
        .isInstanceOfSatisfying(
            QapiNotAuthorizedException.class, e -> assertThat(e.code()).isEqualTo(-90002));
  }

  @Test
  void an_unknown_key_gets_the_gateway_answer() {
    QapiSeller nobody = server.client.seller(new CertificationKey("not-a-key-at-all"));
    assertThatThrownBy(() -> nobody.getAllGoodsInfo(ItemStatus.ON_SALE, 1))
        .isInstanceOfSatisfying(
            QapiKeyInvalidException.class, e -> assertThat(e.code()).isEqualTo(-90001));
  }
}
