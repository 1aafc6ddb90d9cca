package io.qconnect.hub.orders;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.sync.SyncOutcome;
import io.qconnect.hub.sync.SyncRun;
import io.qconnect.protocol.client.DateWindows;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

@ParameterizedClass
@EnumSource(Engine.class)
class OrderImportTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  private static SyncRun sync(HubFixture f) {
    return ((SyncOutcome.Ran) f.hub.syncNow(SHOP)).run();
  }

  private static int count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.select(sql).mapTo(Integer.class).one());
  }

  private static List<HistoryKind> kinds(HubFixture f, long orderNo) {
    return f.hub.orders().history(SHOP, orderNo).stream().map(HistoryEntry::kind).toList();
  }

  @Test
  void imports_each_order_line_once_when_polled_twice() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.cart(
          SHOP, 612345678L, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1), 1001, 1002);

      SyncRun first = sync(f);
      SyncRun second = sync(f);

      assertThat(first.created()).isEqualTo(2);
      assertThat(second.created()).isZero();
      assertThat(second.unchanged()).isEqualTo(2);
      assertThat(f.hub.orders().list(OrderQuery.shop(SHOP)))
          .extracting(OrderLine::orderNo, OrderLine::packNo, OrderLine::hubStatus)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1001L, 612345678L, HubStatus.NEW),
              org.assertj.core.groups.Tuple.tuple(1002L, 612345678L, HubStatus.NEW));
      assertThat(kinds(f, 1001)).containsExactly(HistoryKind.IMPORTED);
      assertThat(f.hub.orders().cart(SHOP, 612345678L)).hasSize(2);
    }
  }

  @Test
  void a_chunk_of_new_lines_is_stored_at_once_with_its_import_entry_and_no_stock_row() {
    Logger log = (Logger) LoggerFactory.getLogger(OrderImporter.class);
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    logged.start();
    log.addAppender(logged);
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      long[] nos = new long[40];
      for (int i = 0; i < nos.length; i++) {
        nos[i] = 3001 + i;
      }
      f.qoo10.cart(SHOP, 612345700L, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(1), nos);

      assertThat(sync(f).created()).isEqualTo(40);

      // the fast path held: no chunk fell back to storing its lines one by one
      assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.WARN);
      List<HistoryEntry> history = f.hub.orders().history(SHOP, 3001);
      assertThat(history).hasSize(1);
      assertThat(history.get(0).kind()).isEqualTo(HistoryKind.IMPORTED);
      assertThat(history.get(0).newValue()).isEqualTo("NEW");
      assertThat(history.get(0).note()).startsWith("Qoo10 ");
      Jdbi jdbi = Jdbi.create(f.dataSource);
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_order_history"))
          .as("the import entries are kept in the lines' rows")
          .isZero();
      assertThat(count(jdbi, "SELECT COUNT(*) FROM hub_stock_line"))
          .as("lines whose codes name no SKU write no stock row")
          .isZero();
      assertThat(f.hub.stock().mappings().unlinked(SHOP, 100).lines()).hasSize(40);
    } finally {
      log.detachAppender(logged);
    }
  }

  @Test
  void an_order_confirmed_in_qsm_before_the_first_poll_is_still_imported() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 2001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(2));
      f.qoo10.setStatus(2001, ShippingStatus.SELLER_CONFIRM);

      sync(f);

      OrderLine line = f.hub.orders().get(SHOP, 2001);
      assertThat(line.qoo10Status()).isEqualTo(ShippingStatus.SELLER_CONFIRM);
      assertThat(line.hubStatus()).isEqualTo(HubStatus.CONFIRMED);
      assertThat(line.estShipDate()).isNotNull();
    }
  }

  @Test
  void a_shop_fetching_status_2_only_misses_it_and_is_warned() {
    try (HubFixture f = new HubFixture(engine)) {
      ShopSettings onlyNew = new ShopSettings(List.of(2), 7, 5, true, false, 2, 30);
      assertThat(f.connect(SHOP, onlyNew).settings().warnings())
          .singleElement()
          .asString()
          .contains("status 3");
      f.qoo10.order(SHOP, 2001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(2));

      assertThat(sync(f).fetched()).isZero();
      assertThat(f.hub.orders().find(SHOP, 2001)).isEmpty();
    }
  }

  @Test
  void a_line_seen_under_2_then_3_stays_one_line_and_the_change_is_history() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 3001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(2));
      sync(f);
      f.qoo10.setStatus(3001, ShippingStatus.SELLER_CONFIRM);

      SyncRun run = sync(f);

      assertThat(run.updated()).isEqualTo(1);
      assertThat(f.hub.orders().list(OrderQuery.shop(SHOP))).hasSize(1);
      List<HistoryEntry> h = f.hub.orders().history(SHOP, 3001);
      assertThat(h)
          .extracting(HistoryEntry::kind)
          .containsExactly(
              HistoryKind.IMPORTED,
              HistoryKind.QOO10_STATUS,
              HistoryKind.HUB_STATUS,
              HistoryKind.EST_SHIP_DATE);
      assertThat(h.get(1).oldValue()).isEqualTo("On request(2)");
      assertThat(h.get(1).newValue()).isEqualTo("Seller confirm(3)");
      assertThat(h.get(2).newValue()).isEqualTo("CONFIRMED");
    }
  }

  @Test
  void cancellations_come_from_claims_hold_then_cancel() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 4001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(2));
      sync(f);

      f.qoo10.claim(4001, ClaimStatus.CANCEL_REQUESTED);
      sync(f);
      assertThat(f.hub.orders().get(SHOP, 4001).hubStatus()).isEqualTo(HubStatus.ON_HOLD);

      f.clock.advance(Duration.ofHours(1));
      f.qoo10.claim(4001, ClaimStatus.CANCEL_COMPLETE);
      sync(f);
      OrderLine line = f.hub.orders().get(SHOP, 4001);
      assertThat(line.hubStatus()).isEqualTo(HubStatus.CANCELLED);
      assertThat(line.claimStatus()).isEqualTo(ClaimStatus.CANCEL_COMPLETE);
      assertThat(line.claimReason()).isEqualTo("顧客都合");
      assertThat(kinds(f, 4001)).contains(HistoryKind.CLAIM, HistoryKind.HUB_STATUS);
    }
  }

  @Test
  void claims_of_lines_the_hub_never_imported_are_not_created() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 5001, ShippingStatus.AWAITING_SHIPPING, f.jstNow().minusHours(2));
      f.qoo10.claim(5001, ClaimStatus.UNPAID_CANCELLATION);

      SyncRun run = sync(f);

      assertThat(run.fetched()).isZero();
      assertThat(f.hub.orders().list(OrderQuery.shop(SHOP))).isEmpty();
    }
  }

  // Until issue 13 such a line was only used to move known lines on, so an order the seller
  // confirmed and shipped in QSM between two runs never reached the hub.
  @Test
  void a_line_the_seller_confirmed_and_shipped_in_qsm_between_two_runs_is_imported_as_shipped() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP, ShopSettings.defaults().withAutomation(true, true));
      sync(f);
      f.clock.advance(Duration.ofMinutes(3));
      f.qoo10.order(SHOP, 5002, ShippingStatus.ON_REQUEST, f.jstNow().minusMinutes(2));
      f.qoo10.setStatus(5002, ShippingStatus.SELLER_CONFIRM);
      f.qoo10.setStatus(5002, ShippingStatus.ON_DELIVERY);

      SyncRun run = sync(f);
      SyncRun again = sync(f);

      assertThat(run.created()).isEqualTo(1);
      assertThat(run.confirmed()).isZero();
      assertThat(again.created()).isZero();
      assertThat(f.hub.orders().list(OrderQuery.shop(SHOP)))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.orderNo()).isEqualTo(5002L);
                assertThat(l.qoo10Status()).isEqualTo(ShippingStatus.ON_DELIVERY);
                assertThat(l.hubStatus()).isEqualTo(HubStatus.SHIPPED);
                assertThat(l.shippingDate()).isNotNull();
                assertThat(l.confirmation().attempts()).isZero();
              });
      List<HistoryEntry> h = f.hub.orders().history(SHOP, 5002);
      assertThat(h).extracting(HistoryEntry::kind).containsExactly(HistoryKind.IMPORTED);
      assertThat(h.get(0).newValue()).isEqualTo("SHIPPED");
      assertThat(h.get(0).note()).contains("shipped by the seller");
      assertThat(f.server.received())
          .extracting(QapiRequest::methodName)
          .noneMatch(m -> m.startsWith("SetSellerCheckYN"));
    }
  }

  @Test
  void a_line_first_seen_delivered_is_imported_as_delivered_once() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 5003, ShippingStatus.ON_REQUEST, f.jstNow().minusDays(2));
      f.qoo10.setStatus(5003, ShippingStatus.ON_DELIVERY);
      f.qoo10.setStatus(5003, ShippingStatus.DELIVERED);

      assertThat(sync(f).created()).isEqualTo(1);
      assertThat(sync(f).unchanged()).isEqualTo(1);

      OrderLine line = f.hub.orders().get(SHOP, 5003);
      assertThat(line.hubStatus()).isEqualTo(HubStatus.DELIVERED);
      assertThat(kinds(f, 5003)).containsExactly(HistoryKind.IMPORTED);
    }
  }

  @Test
  void known_lines_move_on_to_shipped_and_delivered() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 6001, ShippingStatus.ON_REQUEST, f.jstNow().minusHours(2));
      sync(f);
      f.qoo10.setStatus(6001, ShippingStatus.SELLER_CONFIRM);
      sync(f);
      f.hub.fulfilment().instruct(SHOP, List.of(6001L));
      sync(f);
      assertThat(f.hub.orders().get(SHOP, 6001).hubStatus()).isEqualTo(HubStatus.INSTRUCTED);

      f.clock.advance(Duration.ofHours(3));
      f.qoo10.setStatus(6001, ShippingStatus.ON_DELIVERY);
      sync(f);
      assertThat(f.hub.orders().get(SHOP, 6001).hubStatus()).isEqualTo(HubStatus.SHIPPED);

      f.clock.advance(Duration.ofDays(2));
      f.qoo10.setStatus(6001, ShippingStatus.DELIVERED);
      sync(f);
      OrderLine line = f.hub.orders().get(SHOP, 6001);
      assertThat(line.hubStatus()).isEqualTo(HubStatus.DELIVERED);
      assertThat(line.deliveredDate()).isEqualTo(f.jstNow());
    }
  }

  @Test
  void a_backfill_is_fetched_in_contiguous_week_windows() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 7001, ShippingStatus.ON_REQUEST, LocalDateTime.of(2025, 7, 1, 12, 0));

      SyncOutcome out =
          f.hub.sync().backfill(SHOP, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 14));

      assertThat(((SyncOutcome.Ran) out).run().created()).isEqualTo(1);
      List<QapiRequest> searches =
          f.server.received().stream()
              .filter(r -> r.methodName().equals("GetShippingInfo_v3"))
              .filter(r -> r.params().text("ShippingStatus").equals("2"))
              .toList();
      // 2025-06-01..2026-01-14 is 228 days: 33 windows of a week (the last one shorter)
      assertThat(searches).hasSize(33);
      LocalDateTime expectedStart = LocalDateTime.of(2025, 6, 1, 0, 0);
      for (QapiRequest r : searches) {
        LocalDateTime from = QapiDates.parseSearchBound(r.params().text("SearchStartDate"), false);
        LocalDateTime to = QapiDates.parseSearchBound(r.params().text("SearchEndDate"), true);
        assertThat(from).isEqualTo(expectedStart);
        assertThat(Duration.between(from, to))
            .isLessThan(Duration.ofDays(7))
            .isLessThan(DateWindows.MAX);
        assertThat(r.params().text("SearchCondition")).isEqualTo("2");
        expectedStart = to.plusSeconds(1);
      }
      assertThat(expectedStart).isEqualTo(LocalDateTime.of(2026, 1, 15, 0, 0));
    }
  }

  @Test
  void lists_filter_by_hub_status_and_order_date() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.qoo10.order(SHOP, 8001, ShippingStatus.ON_REQUEST, LocalDateTime.of(2026, 1, 12, 10, 0));
      f.qoo10.order(
          SHOP, 8002, ShippingStatus.SELLER_CONFIRM, LocalDateTime.of(2026, 1, 13, 10, 0));
      sync(f);

      assertThat(f.hub.orders().list(new OrderQuery(SHOP, HubStatus.CONFIRMED, null, null, 10)))
          .extracting(OrderLine::orderNo)
          .containsExactly(8002L);
      assertThat(
              f.hub
                  .orders()
                  .list(
                      new OrderQuery(
                          null, null, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 12), 10)))
          .extracting(OrderLine::orderNo)
          .containsExactly(8001L);
      assertThat(f.hub.orders().detailJson(SHOP, 8001))
          .contains("\"Buyer\":\"山田 太郎\"")
          .doesNotContain("ShippingStatus");
    }
  }
}
