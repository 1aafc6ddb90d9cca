package io.qconnect.marketplace.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class KeyServiceTest {
  @Parameter Engine engine;

  private static String certify(AccessHarness h, String seller) {
    String api = h.keys.issueApiKey(seller);
    return ((CertificationOutcome.Issued)
            h.keys.createCertificationKey(api, seller, "password-" + seller))
        .key();
  }

  @Test
  void a_certification_key_is_valid_for_365_days() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-a");
      h.at("2026-01-14T10:00:00+09:00");
      String key = certify(h, "shop-a");
      assertThat(key).hasSizeGreaterThan(80);
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Valid("shop-a"));
      h.clock.advance(Duration.ofDays(365).minusSeconds(1));
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Valid("shop-a"));
      h.clock.advance(Duration.ofSeconds(1));
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Expired("shop-a"));
      assertThat(h.keys.certificationKeys("shop-a"))
          .singleElement()
          .extracting(KeyInfo::state)
          .isEqualTo("EXPIRED");
    }
  }

  @Test
  void changing_the_password_invalidates_every_key_issued_before() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-b");
      h.at("2026-01-14T10:00:00+09:00");
      String old = certify(h, "shop-b");
      h.clock.advance(Duration.ofMinutes(1));
      h.sellers.changePassword("shop-b", "a-new-password");
      assertThat(h.keys.check(old)).isEqualTo(new KeyCheck.Revoked("shop-b"));
      String api = h.keys.revealApiKey("shop-b").orElseThrow();
      assertThat(h.keys.createCertificationKey(api, "shop-b", "password-shop-b"))
          .isInstanceOf(CertificationOutcome.WrongLogin.class);
      CertificationOutcome fresh = h.keys.createCertificationKey(api, "shop-b", "a-new-password");
      assertThat(h.keys.check(((CertificationOutcome.Issued) fresh).key()))
          .isEqualTo(new KeyCheck.Valid("shop-b"));
    }
  }

  @Test
  void an_unknown_api_key_or_a_foreign_login_gets_no_key() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-c");
      h.seller("shop-d");
      String api = h.keys.issueApiKey("shop-c");
      assertThat(h.keys.createCertificationKey("nope", "shop-c", "password-shop-c"))
          .isInstanceOf(CertificationOutcome.UnknownApiKey.class);
      assertThat(h.keys.createCertificationKey(api, "shop-d", "password-shop-d"))
          .isInstanceOf(CertificationOutcome.WrongLogin.class);
      assertThat(h.keys.check("nope")).isInstanceOf(KeyCheck.Unknown.class);
      assertThat(h.keys.check("")).isInstanceOf(KeyCheck.Unknown.class);
    }
  }

  @Test
  void a_suspended_seller_gets_no_key_and_existing_keys_stop_working() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-e");
      String key = certify(h, "shop-e");
      h.sellers.suspend("shop-e", true, false, "出荷遅延が多発しています");
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Suspended("shop-e"));
      String api = h.keys.revealApiKey("shop-e").orElseThrow();
      assertThat(h.keys.createCertificationKey(api, "shop-e", "password-shop-e"))
          .isInstanceOf(CertificationOutcome.Suspended.class);
      h.sellers.suspend("shop-e", false, false, "");
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Valid("shop-e"));
    }
  }

  @Test
  void a_key_checked_a_moment_ago_answers_at_once_for_a_suspension_and_a_password_change() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-k");
      String key = certify(h, "shop-k");
      // checked (and so kept) just before each change: the next check must see the change
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Valid("shop-k"));
      h.sellers.suspend("shop-k", true, false, "出荷遅延が多発しています");
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Suspended("shop-k"));
      h.sellers.suspend("shop-k", false, false, "");
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Valid("shop-k"));
      h.sellers.changePassword("shop-k", "a-new-password");
      assertThat(h.keys.check(key)).isEqualTo(new KeyCheck.Revoked("shop-k"));
      assertThat(h.keys.check(" " + key + " ")).isEqualTo(new KeyCheck.Revoked("shop-k"));
    }
  }

  @Test
  void an_api_key_is_issued_once_and_kept_sealed() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-f");
      String api = h.keys.issueApiKey("shop-f");
      assertThat(h.keys.issueApiKey("shop-f")).isEqualTo(api);
      assertThat(h.keys.apiKey("shop-f").orElseThrow().masked())
          .isEqualTo(api.substring(0, 4) + "…" + api.substring(api.length() - 2));
      String stored =
          org.jdbi.v3.core.Jdbi.create(h.ds)
              .withHandle(
                  x ->
                      x.createQuery("SELECT key_sealed FROM mk_api_key").mapTo(String.class).one());
      assertThat(stored).startsWith("v1:").doesNotContain(api);
    }
  }
}
