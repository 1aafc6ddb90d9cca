package io.qconnect.marketplace.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.seller.Standing;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which condition a request fails: these cases vary the request, not the database, so they run on
 * H2 only (the engine-dependent paths are in {@link AccessServiceTest}).
 */
class AccessConditionsTest {

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
}
