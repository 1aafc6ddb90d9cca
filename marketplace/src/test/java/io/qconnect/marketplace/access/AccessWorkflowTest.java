package io.qconnect.marketplace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import io.qconnect.marketplace.Marketplace;
import io.qconnect.marketplace.MarketplaceConfig;
import io.qconnect.marketplace.sandbox.SandboxClock;
import io.qconnect.marketplace.seller.Standing;
import io.qconnect.protocol.secret.SecretBox;
import io.qconnect.protocol.testing.TestDatabases;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staff's side of the request workflow: no approval of a request that fails a condition, no
 * decision on 土日祝, no second request for a permission held or waiting, the automatic-approval
 * switch kept across restarts, and reasons that carry the value that failed.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class AccessWorkflowTest {
  @Parameter Engine engine;

  @Test
  void staff_cannot_approve_a_request_whose_seller_has_minus_3_points_and_it_stays_pending() {
    try (AccessHarness h = new AccessHarness(engine, false)) {
      h.seller("shop-p");
      h.at("2026-12-01T10:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-p"));
      h.sellers.setStanding("shop-p", true, -3, new Standing(0, 0, 0));

      AccessRefused e =
          catchThrowableOfType(AccessRefused.class, () -> h.access.approve(r.id(), "staff"));

      assertThat(e.reason()).isEqualTo(AccessRefused.Reason.CONDITIONS_FAIL);
      assertThat(e.failures()).containsExactly(new Failure(Condition.SERVICE_POINTS, "-3"));
      assertThat(h.access.get(r.id()).status()).isEqualTo(RequestStatus.PENDING);
      assertThat(h.keys.apiKey("shop-p")).isEmpty();
    }
  }

  @Test
  void a_rejection_by_the_conditions_keeps_each_value_that_failed() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-v");
      h.sellers.setStanding("shop-v", true, -3, new Standing(2, 1, 0));
      h.at("2026-12-01T10:00:00+09:00");

      PermissionRequest r = h.access.file(h.apiForm("shop-v"));

      assertThat(h.access.get(r.id()).failures())
          .containsExactly(
              new Failure(Condition.SERVICE_POINTS, "-3"),
              new Failure(Condition.NO_SHIPPING_DELAYS, "2"),
              new Failure(Condition.NO_UNANSWERED_INQUIRIES, "1"));
      assertThat(h.access.get(r.id()).failures().get(0).ja()).isEqualTo("サービスポイントが0点未満です（現在 -3点）");
    }
  }

  @Test
  void nothing_is_decided_on_saturday_2026_11_28_and_the_next_business_day_is_named() {
    try (AccessHarness h = new AccessHarness(engine, false)) {
      h.seller("shop-w");
      h.at("2026-11-27T10:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-w"));
      h.at("2026-11-28T10:00:00+09:00");

      AccessRefused e =
          catchThrowableOfType(AccessRefused.class, () -> h.access.approve(r.id(), "staff"));

      assertThat(e.reason()).isEqualTo(AccessRefused.Reason.NOT_BUSINESS_DAY);
      assertThat(e.args()).containsExactly(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 30));
      assertThat(h.access.get(r.id()).status()).isEqualTo(RequestStatus.PENDING);
    }
  }

  @Test
  void a_second_request_while_one_waits_is_refused_naming_the_waiting_one() {
    try (AccessHarness h = new AccessHarness(engine, false)) {
      h.seller("shop-d");
      h.at("2026-12-01T10:00:00+09:00");
      PermissionRequest first = h.access.file(h.apiForm("shop-d"));

      AccessRefused e =
          catchThrowableOfType(AccessRefused.class, () -> h.access.file(h.apiForm("shop-d")));

      assertThat(e.reason()).isEqualTo(AccessRefused.Reason.ALREADY_PENDING);
      assertThat(e.args())
          .containsExactly(PermissionKind.API_KEY, first.id(), LocalDate.of(2026, 12, 1));
      assertThat(h.access.requestsOf("shop-d")).hasSize(1);
    }
  }

  @Test
  void a_request_for_a_permission_held_already_is_refused() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-k");
      h.at("2026-12-01T10:00:00+09:00");
      assertThat(h.access.file(h.apiForm("shop-k")).id()).isPositive();
      assertThat(h.keys.apiKey("shop-k")).isPresent();
      h.keys.openFtpNow("shop-k");

      AccessRefused api =
          catchThrowableOfType(AccessRefused.class, () -> h.access.file(h.apiForm("shop-k")));
      AccessRefused ftp =
          catchThrowableOfType(
              AccessRefused.class,
              () ->
                  h.access.file(
                      new RequestForm(
                          PermissionKind.FTP, "shop-k", "k@example.jp", "食品", "在庫連携", "GoQ")));

      assertThat(api.reason()).isEqualTo(AccessRefused.Reason.ALREADY_HELD);
      assertThat(ftp.reason()).isEqualTo(AccessRefused.Reason.ALREADY_HELD);
      assertThat(ftp.args()).containsExactly(PermissionKind.FTP);
      assertThat(h.access.requestsOf("shop-k")).hasSize(1);
    }
  }

  @Test
  void the_switch_staff_made_survives_a_restart_until_the_start_option_changes() {
    SandboxClock clock =
        new SandboxClock(Clock.fixed(Instant.parse("2026-11-30T00:00:00Z"), ZoneOffset.UTC));
    clock.set(OffsetDateTime.parse("2026-12-01T10:00:00+09:00").toInstant());
    try (HikariDataSource ds = TestDatabases.fresh(engine)) {
      AccessService first = start(ds, clock, true);
      assertThat(first.autoApproval().switched()).isFalse();
      first.switchAutoApprove(false, "staff-7");
      assertThat(first.settings().autoApprove()).isFalse();

      AccessService again = start(ds, clock, true);
      assertThat(again.autoApproval().on()).isFalse();
      assertThat(again.autoApproval().changedBy()).isEqualTo("staff-7");
      assertThat(again.autoApproval().changedAt())
          .isEqualTo(java.time.LocalDateTime.parse("2026-12-01T10:00:00"));
      assertThat(again.settings().autoApprove()).isFalse();

      AccessService optionChanged = start(ds, clock, false);
      assertThat(optionChanged.autoApproval()).isEqualTo(new AutoApproval(false, "", null));
      AccessService backOn = start(ds, clock, true);
      assertThat(backOn.autoApproval()).isEqualTo(new AutoApproval(true, "", null));
    }
  }

  @Test
  void switching_automatic_approval_on_decides_the_requests_due_today() {
    try (AccessHarness h = new AccessHarness(engine, false)) {
      h.seller("shop-s");
      h.at("2026-12-01T10:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-s"));

      h.access.switchAutoApprove(true, "staff-2");

      assertThat(h.access.get(r.id()).status()).isEqualTo(RequestStatus.APPROVED);
      assertThat(h.access.get(r.id()).decidedBy()).isEqualTo("auto");
    }
  }

  private static AccessService start(HikariDataSource ds, SandboxClock clock, boolean auto) {
    MarketplaceConfig config =
        new MarketplaceConfig(new AccessSettings(auto, Duration.ZERO), null, 1000, 1);
    return Marketplace.create(config, ds, clock, SecretBox.random()).access();
  }
}
