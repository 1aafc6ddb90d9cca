package io.qconnect.marketplace.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.CertificationKey;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.item.ItemStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CreateCertificationKey over real HTTP limits wrong passwords per seller and API key: five wrong
 * ones in ten minutes lock the right one out for ten minutes, with the wrong-login answer -10001
 * (docs/qapi.md §2.2). The sandbox clock is moved instead of waiting.
 */
class CertificationLockoutQapiTest {
  private static final String WRONG_LOGIN = "The user ID or password is incorrect.";

  /**
   * Still: the lock is checked ten seconds before its end, which a running clock passed whenever a
   * loaded machine took ten seconds over the five wrong passwords' answers and the next call.
   */
  @TestMarketplace(stillClock = true)
  MarketplaceServer server;

  private ApiKey shop;

  @BeforeEach
  void setUp() {
    shop = server.sandboxSeller("lock-shop", "right-password");
  }

  private QapiResult<CertificationKey> certify(ApiKey api, String seller, String password) {
    return server.client.createCertificationKey(api, seller, password);
  }

  private void wrongPasswords(int n) {
    for (int i = 0; i < n; i++) {
      QapiResult<CertificationKey> r = certify(shop, "lock-shop", "wrong-" + i);
      assertThat(r.code()).isEqualTo(-10001);
      assertThat(r.message()).isEqualTo(WRONG_LOGIN);
    }
  }

  private void advance(String isoDuration) {
    assertThat(
            server
                .sandbox("PUT", "/sandbox/clock", "{\"advance\":\"" + isoDuration + "\"}")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void after_five_wrong_passwords_the_right_one_is_refused_with_10001_until_ten_minutes_pass() {
    wrongPasswords(5);

    QapiResult<CertificationKey> locked = certify(shop, "lock-shop", "right-password");
    assertThat(locked.code()).isEqualTo(-10001);
    assertThat(locked.message()).isEqualTo(WRONG_LOGIN);
    assertThat(locked.valueIfSuccess()).isEmpty();

    advance("PT9M50S");
    assertThat(certify(shop, "lock-shop", "right-password").code()).isEqualTo(-10001);

    advance("PT10S");
    CertificationKey key = certify(shop, "lock-shop", "right-password").orElseThrow();
    assertThat(server.client.seller(key).getAllGoodsInfo(ItemStatus.ON_SALE, 1).code()).isZero();
  }

  @Test
  void attempts_during_the_lock_neither_count_nor_extend_it() {
    wrongPasswords(5);
    advance("PT5M");
    wrongPasswords(3);
    advance("PT5M");
    assertThat(certify(shop, "lock-shop", "right-password").code()).isZero();
  }

  @Test
  void another_seller_is_unaffected_by_the_lock() {
    ApiKey other = server.sandboxSeller("other-shop", "other-password");
    wrongPasswords(5);

    assertThat(certify(shop, "lock-shop", "right-password").code()).isEqualTo(-10001);
    assertThat(certify(other, "other-shop", "other-password").code()).isZero();
  }

  @Test
  void a_success_resets_the_count_and_failures_spread_over_more_than_ten_minutes_do_not_lock() {
    wrongPasswords(4);
    assertThat(certify(shop, "lock-shop", "right-password").code()).isZero();
    wrongPasswords(4);
    assertThat(certify(shop, "lock-shop", "right-password").code()).isZero();

    wrongPasswords(4);
    advance("PT10M");
    wrongPasswords(4);
    assertThat(certify(shop, "lock-shop", "right-password").code()).isZero();
  }

  @Test
  void a_wrong_user_id_counts_against_the_api_key_seller_too() {
    for (int i = 0; i < 5; i++) {
      assertThat(certify(shop, "someone-else", "right-password").code()).isEqualTo(-10001);
    }
    assertThat(certify(shop, "lock-shop", "right-password").code()).isEqualTo(-10001);
  }
}
