package io.qconnect.marketplace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.Standing;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class AccessServiceTest {
  @Parameter Engine engine;

  @Test
  void a_request_filed_on_saturday_2026_01_10_is_processed_on_tuesday_the_13th() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-a");
      h.at("2026-01-10T11:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-a"));
      assertThat(r.processOn()).isEqualTo(LocalDate.of(2026, 1, 13));
      assertThat(r.status()).isEqualTo(RequestStatus.PENDING);

      h.at("2026-01-11T09:00:00+09:00");
      assertThat(h.access.processDue()).isEmpty();
      h.at("2026-01-12T09:00:00+09:00"); // 成人の日
      assertThat(h.access.processDue()).isEmpty();
      h.at("2026-01-13T09:00:00+09:00");
      List<Decision> d = h.access.processDue();

      assertThat(d).singleElement().isInstanceOf(Decision.Approved.class);
      assertThat(h.access.get(r.id()).decidedAt().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 1, 13));
      assertThat(h.keys.apiKey("shop-a")).isPresent();
    }
  }

  @Test
  void a_request_filed_on_saturday_2026_05_02_is_processed_on_thursday_the_7th() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-b");
      h.at("2026-05-02T15:30:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-b"));
      assertThat(r.processOn()).isEqualTo(LocalDate.of(2026, 5, 7));
      for (int day = 3; day <= 6; day++) {
        h.at("2026-05-0" + day + "T10:00:00+09:00");
        assertThat(h.access.processDue()).as("May %d", day).isEmpty();
      }
      h.at("2026-05-07T10:00:00+09:00");
      assertThat(h.access.processDue()).singleElement().isInstanceOf(Decision.Approved.class);
    }
  }

  @Test
  void queued_requests_are_processed_in_arrival_order() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      for (String s : List.of("shop-3", "shop-1", "shop-2")) {
        h.seller(s);
      }
      h.at("2026-01-10T09:00:00+09:00");
      long first = h.access.file(h.apiForm("shop-3")).id();
      h.at("2026-01-10T09:05:00+09:00");
      long second = h.access.file(h.apiForm("shop-1")).id();
      h.at("2026-01-11T23:00:00+09:00");
      long third = h.access.file(h.apiForm("shop-2")).id();
      h.at("2026-01-13T08:00:00+09:00");

      assertThat(h.access.processDue())
          .extracting(d -> d.request().id())
          .containsExactly(first, second, third);
    }
  }

  @Test
  void a_request_filed_on_a_business_day_is_decided_at_once() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-c");
      h.at("2026-01-14T10:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-c"));
      assertThat(r.status()).isEqualTo(RequestStatus.APPROVED);
      assertThat(h.access.processingDayForNow()).isEqualTo(LocalDate.of(2026, 1, 14));
    }
  }

  @Test
  void a_rejection_lists_every_failed_condition() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-z");
      h.sellers.setStanding("shop-z", false, -5, new Standing(2, 1, 3));
      h.at("2026-01-14T10:00:00+09:00");
      PermissionRequest r =
          h.access.file(
              new RequestForm(PermissionKind.FTP, "shop-z", "z@example.jp", "家電", "", ""));
      assertThat(r.failed())
          .containsExactly(
              Condition.REVIEW_COMPLETED,
              Condition.SERVICE_POINTS,
              Condition.NO_SHIPPING_DELAYS,
              Condition.NO_UNANSWERED_INQUIRIES,
              Condition.NO_UNRESOLVED_CLAIMS,
              Condition.PURPOSE_GIVEN,
              Condition.INTEGRATION_COMPANY_GIVEN);
    }
  }

  @Test
  void eligibility_is_checked_again_when_a_queued_request_is_processed() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-d");
      h.at("2026-01-10T10:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-d"));
      h.sellers.setStanding("shop-d", true, 0, new Standing(1, 0, 0));
      h.at("2026-01-13T10:00:00+09:00");
      h.access.processDue();
      assertThat(h.access.get(r.id()).failed()).containsExactly(Condition.NO_SHIPPING_DELAYS);
    }
  }

  @Test
  void without_automatic_approval_staff_decide_and_only_on_business_days() {
    try (AccessHarness h = new AccessHarness(engine, false)) {
      h.seller("shop-e");
      h.seller("shop-f");
      h.at("2026-01-10T10:00:00+09:00");
      long a = h.access.file(h.apiForm("shop-e")).id();
      long b = h.access.file(h.apiForm("shop-f")).id();
      assertThatThrownBy(() -> h.access.approve(a, "staff-1"))
          .isInstanceOf(MarketplaceException.class)
          .hasMessageContaining("next business day: 2026-01-13");
      h.at("2026-01-13T10:00:00+09:00");
      assertThat(h.access.processDue()).isEmpty();
      assertThat(h.access.queue()).extracting(PermissionRequest::id).containsExactly(a, b);

      assertThat(h.access.approve(a, "staff-1")).isInstanceOf(Decision.Approved.class);
      Decision rejected = h.access.reject(b, "staff-1", "利用目的が不明確です");
      assertThat(rejected.request().note()).isEqualTo("利用目的が不明確です");
      assertThat(rejected.request().decidedBy()).isEqualTo("staff-1");
      assertThatThrownBy(() -> h.access.reject(b, "staff-2", "again"))
          .hasMessageContaining("already REJECTED");
    }
  }

  @Test
  void an_approved_ftp_request_opens_an_account_shown_after_the_delay() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-g");
      h.at("2026-01-14T10:00:00+09:00");
      h.access.file(
          new RequestForm(
              PermissionKind.FTP, "shop-g", "g@example.jp", "雑貨", "一括出品", "CROSS MALL"));
      assertThat(h.keys.visibleFtpAccount("shop-g")).isEmpty();
      h.at("2026-01-14T13:00:01+09:00");
      FtpAccount acct = h.keys.visibleFtpAccount("shop-g").orElseThrow();
      assertThat(acct.username()).isEqualTo("shop-g");
      assertThat(h.keys.ftpPassword(acct)).hasSize(16);
      assertThat(acct.toString()).doesNotContain(h.keys.ftpPassword(acct));
      assertThat(h.keys.apiKey("shop-g")).isEmpty();
    }
  }

  @Test
  void blocking_conditions_show_what_a_request_would_fail_on() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      h.seller("shop-h");
      assertThat(h.access.blockingConditions("shop-h", PermissionKind.API_KEY)).isEmpty();
      Seller s = h.sellers.setStanding("shop-h", true, 0, new Standing(0, 1, 0));
      assertThat(s.standing().unansweredInquiries()).isEqualTo(1);
      assertThat(h.access.blockingConditions("shop-h", PermissionKind.FTP))
          .containsExactly(new Failure(Condition.NO_UNANSWERED_INQUIRIES, "1"));
    }
  }

  @Test
  void a_request_needs_an_existing_seller_email_and_category() {
    try (AccessHarness h = new AccessHarness(engine, true)) {
      assertThatThrownBy(() -> h.access.file(h.apiForm("nobody")))
          .hasMessageContaining("no seller 'nobody'");
      assertThatThrownBy(
              () -> new RequestForm(PermissionKind.API_KEY, "x", "not-an-email", "c", "p", "c"))
          .hasMessageContaining("e-mail");
      assertThatThrownBy(
              () -> new RequestForm(PermissionKind.API_KEY, "x", "a@b.jp", " ", "p", "c"))
          .hasMessageContaining("category");
    }
  }
}
