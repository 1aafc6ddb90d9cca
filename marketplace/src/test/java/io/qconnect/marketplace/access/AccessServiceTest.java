package io.qconnect.marketplace.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.marketplace.core.MarketplaceException;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.marketplace.seller.Standing;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AccessServiceTest {

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_request_filed_on_saturday_2026_01_10_is_processed_on_tuesday_the_13th(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
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

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_request_filed_on_saturday_2026_05_02_is_processed_on_thursday_the_7th(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
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

  @ParameterizedTest
  @EnumSource(Engine.class)
  void queued_requests_are_processed_in_arrival_order(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
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

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_request_filed_on_a_business_day_is_decided_at_once(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
      h.seller("shop-c");
      h.at("2026-01-14T10:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-c"));
      assertThat(r.status()).isEqualTo(RequestStatus.APPROVED);
      assertThat(h.access.processingDayForNow()).isEqualTo(LocalDate.of(2026, 1, 14));
    }
  }

  static Stream<Arguments> conditions() {
    return Stream.of(
        Arguments.of(
            Condition.REVIEW_COMPLETED,
            (Consumer<AccessHarness>) h -> standing(h, false, 0, Standing.CLEAN)),
        Arguments.of(
            Condition.SERVICE_POINTS,
            (Consumer<AccessHarness>) h -> standing(h, true, -1, Standing.CLEAN)),
        Arguments.of(
            Condition.NO_SHIPPING_DELAYS,
            (Consumer<AccessHarness>) h -> standing(h, true, 0, new Standing(1, 0, 0))),
        Arguments.of(
            Condition.NO_UNANSWERED_INQUIRIES,
            (Consumer<AccessHarness>) h -> standing(h, true, 0, new Standing(0, 2, 0))),
        Arguments.of(
            Condition.NO_UNRESOLVED_CLAIMS,
            (Consumer<AccessHarness>) h -> standing(h, true, 0, new Standing(0, 0, 1))),
        Arguments.of(
            Condition.NOT_SUSPENDED,
            (Consumer<AccessHarness>) h -> h.sellers.suspend("shop-x", true, false, "配送品質の問題")));
  }

  private static void standing(AccessHarness h, boolean review, int points, Standing s) {
    h.sellers.setStanding("shop-x", review, points, s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conditions")
  void each_failing_condition_alone_rejects_the_request_naming_it(
      Condition condition, Consumer<AccessHarness> breakIt) {
    try (AccessHarness h = new AccessHarness(Engine.H2, true)) {
      h.seller("shop-x");
      breakIt.accept(h);
      h.at("2026-01-14T10:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-x"));
      assertThat(r.status()).isEqualTo(RequestStatus.REJECTED);
      assertThat(r.failed()).containsExactly(condition);
      assertThat(h.keys.apiKey("shop-x")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(PermissionKind.class)
  void a_missing_purpose_or_company_rejects_the_request_naming_it(PermissionKind kind) {
    try (AccessHarness h = new AccessHarness(Engine.H2, true)) {
      h.seller("shop-y");
      h.at("2026-01-14T10:00:00+09:00");
      PermissionRequest noPurpose =
          h.access.file(new RequestForm(kind, "shop-y", "y@example.jp", "食品", " ", "NextEngine"));
      PermissionRequest noCompany =
          h.access.file(new RequestForm(kind, "shop-y", "y@example.jp", "食品", "在庫連携", ""));
      assertThat(noPurpose.failed()).containsExactly(Condition.PURPOSE_GIVEN);
      assertThat(noCompany.failed()).containsExactly(Condition.INTEGRATION_COMPANY_GIVEN);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_rejection_lists_every_failed_condition(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
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

  @ParameterizedTest
  @EnumSource(Engine.class)
  void eligibility_is_checked_again_when_a_queued_request_is_processed(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
      h.seller("shop-d");
      h.at("2026-01-10T10:00:00+09:00");
      PermissionRequest r = h.access.file(h.apiForm("shop-d"));
      h.sellers.setStanding("shop-d", true, 0, new Standing(1, 0, 0));
      h.at("2026-01-13T10:00:00+09:00");
      h.access.processDue();
      assertThat(h.access.get(r.id()).failed()).containsExactly(Condition.NO_SHIPPING_DELAYS);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void without_automatic_approval_staff_decide_and_only_on_business_days(Engine e) {
    try (AccessHarness h = new AccessHarness(e, false)) {
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

  @ParameterizedTest
  @EnumSource(Engine.class)
  void an_approved_ftp_request_opens_an_account_shown_after_the_delay(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
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

  @ParameterizedTest
  @EnumSource(Engine.class)
  void blocking_conditions_show_what_a_request_would_fail_on(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
      h.seller("shop-h");
      assertThat(h.access.blockingConditions("shop-h", PermissionKind.API_KEY)).isEmpty();
      Seller s = h.sellers.setStanding("shop-h", true, 0, new Standing(0, 1, 0));
      assertThat(s.standing().unansweredInquiries()).isEqualTo(1);
      assertThat(h.access.blockingConditions("shop-h", PermissionKind.FTP))
          .containsExactly(Condition.NO_UNANSWERED_INQUIRIES);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_request_needs_an_existing_seller_email_and_category(Engine e) {
    try (AccessHarness h = new AccessHarness(e, true)) {
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
