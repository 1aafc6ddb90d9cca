package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.sandbox.BuyerSimulator;
import io.qconnect.protocol.client.QapiClient;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.client.RetryPolicy;
import io.qconnect.protocol.client.ShippingQuery;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.order.ShippingStatus;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand simulated carts against the real marketplace, with the seller confirming and
 * shipping some of them and time moving on: stock never negative, every order number unique, every
 * live line listed exactly once in exactly its status, every change in the outbox.
 */
class TenThousandOrdersTest {
  private static final int CARTS = 10_000;
  private static OrderWorld w;
  private static Jdbi jdbi;
  private static long initialStock;

  @BeforeAll
  static void simulate() {
    w = OrderWorld.start();
    jdbi = Jdbi.create(w.server.dataSource);
    for (int i = 1; i <= 20; i++) {
      w.item("BULK-" + i, 500 + 100L * i, i <= 3 ? 40 : 4000);
    }
    w.optioned(
        "OPT-BULK",
        3000,
        "サイズ||*S||*0||*2000||*OB-S$$サイズ||*M||*0||*2000||*OB-M$$サイズ||*L||*500||*30||*OB-L");
    initialStock = sum("SELECT SUM(qty) FROM mk_item");
    BuyerSimulator sim = w.server.market.simulator();
    sim.start(0, 7);
    int placed = 0;
    for (int round = 0; placed < CARTS && round < 40; round++) {
      placed += sim.placeOrders(Math.min(500, CARTS - placed)).size();
      w.server.clock.advance(Duration.ofMinutes(40));
      sim.progress();
      w.server.market.claims().expireUnpaid();
      actAsSeller(round);
    }
    assertThat(placed).isEqualTo(CARTS);
    w.server.clock.advance(Duration.ofDays(4));
    sim.progress();
    w.server.market.claims().expireUnpaid();
  }

  /** The seller confirms some new lines and ships some confirmed ones, like a busy shop. */
  private static void actAsSeller(int round) {
    OrderService orders = w.server.market.orders();
    LocalDate tomorrow = w.server.clock.nowJst().toLocalDate().plusDays(1);
    OrderQueries q = w.server.market.orderQueries();
    List<OrderLine> confirmed = q.inStatus(3, 5000);
    for (int i = 0; i < confirmed.size(); i += 2) {
      orders.ship(
          w.sellerId, confirmed.get(i).orderNo(), "ヤマト宅急便", "T" + confirmed.get(i).orderNo());
    }
    List<OrderLine> fresh = q.inStatus(2, 5000);
    for (int i = 0; i < fresh.size(); i++) {
      long no = fresh.get(i).orderNo();
      if (i % 3 == 0) {
        orders.confirm(w.sellerId, no, tomorrow, "", "", true);
      } else if (i % 7 == 0 && round % 2 == 0) {
        orders.ship(w.sellerId, no, "佐川急便", "S" + no);
      }
    }
  }

  @AfterAll
  static void stop() {
    w.close();
  }

  private static long sum(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void stock_never_goes_below_zero_and_accounts_for_every_piece_sold() {
    assertThat(sum("SELECT COUNT(*) FROM mk_item WHERE qty < 0")).isZero();
    assertThat(sum("SELECT COUNT(*) FROM mk_item_option WHERE qty < 0")).isZero();
    long sold = sum("SELECT COALESCE(SUM(qty), 0) FROM mk_order_line WHERE stock_returned = FALSE");
    assertThat(sum("SELECT SUM(qty) FROM mk_item")).isEqualTo(initialStock - sold);
    for (String scarce : List.of("BULK-1", "BULK-2", "BULK-3")) {
      long everTaken =
          sum(
              "SELECT SUM(l.qty) FROM mk_order_line l JOIN mk_item i ON i.item_code = l.item_code"
                  + " WHERE i.seller_code = '"
                  + scarce
                  + "'");
      assertThat(everTaken)
          .as("demand for %s reached its 40 pieces", scarce)
          .isGreaterThanOrEqualTo(40);
    }
  }

  @Test
  void every_order_number_is_unique_and_carts_hold_their_lines() {
    assertThat(sum("SELECT COUNT(*) FROM mk_cart")).isEqualTo(CARTS);
    assertThat(sum("SELECT COUNT(DISTINCT order_no) FROM mk_order_line"))
        .isEqualTo(sum("SELECT COUNT(*) FROM mk_order_line"))
        .isGreaterThan(CARTS);
    assertThat(
            sum(
                "SELECT COUNT(*) FROM mk_cart c WHERE NOT EXISTS (SELECT 1 FROM mk_order_line l WHERE l.pack_no = c.pack_no)"))
        .isZero();
  }

  @Test
  void each_live_line_is_returned_exactly_once_by_the_query_for_its_status() {
    Map<Integer, Set<Long>> expected = new TreeMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT order_no, status FROM mk_order_line WHERE claim_status IS NULL OR claim_status NOT IN (3, 16)")
                .map(
                    (ResultSet rs, org.jdbi.v3.core.statement.StatementContext c) ->
                        Map.entry(rs.getInt(2), rs.getLong(1)))
                .forEach(
                    e ->
                        expected
                            .computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>())
                            .add(e.getValue())));
    assertThat(expected.keySet()).containsExactly(1, 2, 3, 4, 5);
    LocalDateTime from = LocalDateTime.of(2026, 5, 11, 0, 0);
    LocalDateTime to = w.server.clock.nowJst();
    try (QapiClient client =
        QapiClient.builder()
            .baseUrl(w.server.qapiUrl())
            .requestTimeout(Duration.ofSeconds(120))
            .requestsPerSecond(100)
            .retry(RetryPolicy.none())
            .build()) {
      QapiSeller seller = client.seller(w.seller.key());
      for (ShippingStatus s : EnumSet.allOf(ShippingStatus.class)) {
        List<ShippingInfoV3Row> rows =
            seller.getShippingInfoV3(ShippingQuery.byOrderDate(s, from, to)).orElseThrow();
        List<Long> nos = rows.stream().map(ShippingInfoV3Row::orderNo).toList();
        assertThat(nos).as("status %s", s).doesNotHaveDuplicates();
        assertThat(Set.copyOf(nos)).as("status %s", s).isEqualTo(expected.get(s.code()));
        assertThat(rows).allMatch(r -> r.shippingStatus().equals(s.label()));
      }
    }
  }

  @Test
  void every_state_change_has_its_outbox_event() {
    Map<Long, List<String>> recorded = new HashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery("SELECT order_no, kind FROM mk_outbox ORDER BY id")
                .map((rs, c) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(
                    e ->
                        recorded
                            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue())));
    List<String> mismatches = new ArrayList<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    "SELECT l.order_no, l.status, l.claim_status, l.est_ship_date, c.payment_method,"
                        + " l.claim_requested_at FROM mk_order_line l JOIN mk_cart c ON c.pack_no = l.pack_no")
                .map(
                    (rs, c) -> {
                      int claim = rs.getInt(3);
                      Integer claimStatus = rs.wasNull() ? null : claim;
                      return new Object[] {
                        rs.getLong(1),
                        rs.getInt(2),
                        claimStatus,
                        rs.getDate(4) != null,
                        rs.getString(5),
                        rs.getTimestamp(6) != null
                      };
                    })
                .forEach(
                    r -> {
                      List<String> want =
                          sorted(
                              expectedEvents(
                                  (int) r[1],
                                  (Integer) r[2],
                                  (boolean) r[3],
                                  (String) r[4],
                                  (boolean) r[5]));
                      List<String> got = sorted(recorded.getOrDefault((Long) r[0], List.of()));
                      if (!got.equals(want)) {
                        mismatches.add(r[0] + ": want " + want + " got " + got);
                      }
                    }));
    assertThat(mismatches).isEmpty();
    assertThat(recorded.keySet()).hasSize((int) sum("SELECT COUNT(*) FROM mk_order_line"));
  }

  private static List<String> sorted(List<String> events) {
    return events.stream().sorted().toList();
  }

  /**
   * The events a line's final state implies; claim and status events may interleave. A line whose
   * cancel request was declined by shipping keeps its request time but no claim.
   */
  private static List<String> expectedEvents(
      int status, Integer claim, boolean confirmed, String payment, boolean requested) {
    boolean prepaid = PaymentMethod.valueOf(payment).isPrepayment();
    List<String> e = new ArrayList<>();
    if (prepaid) {
      e.add("ORDER_PLACED");
    }
    if (status >= 2) {
      e.add("ORDER_NOTICE");
      e.add("SHIPPING_REQUEST");
    }
    if (confirmed) {
      e.add("SELLER_CONFIRMED");
    }
    if (claim != null && claim == ClaimStatus.UNPAID_CANCELLATION.code()) {
      e.add("UNPAID_CANCELLED");
      return e;
    }
    if (claim != null && claim <= 3) {
      e.add("CANCEL_REQUESTED");
      if (claim == 3) {
        e.add("CANCEL_COMPLETED");
      }
      return e;
    }
    if (status >= 4) {
      e.add("SHIPPED");
      if (requested && (claim == null || claim > ClaimStatus.CANCEL_COMPLETE.code())) {
        e.add("CANCEL_REQUESTED");
        e.add("CANCEL_DECLINED");
      }
    }
    if (status >= 5) {
      e.add("DELIVERED");
    }
    if (claim != null && claim >= ClaimStatus.EXCHANGE_REQUESTED.code()) {
      e.add("EXCHANGE_REQUESTED");
      if (claim >= ClaimStatus.EXCHANGE_APPROVED.code()) {
        e.add("EXCHANGE_ACCEPTED");
      }
      if (claim >= ClaimStatus.REDELIVERING.code()) {
        e.add("EXCHANGE_REDELIVERED");
      }
      return e;
    }
    if (claim != null) {
      e.add("RETURN_REQUESTED");
      if (claim == ClaimStatus.RETURN_COMPLETE.code()) {
        e.add("RETURN_COMPLETED");
      }
    }
    return e;
  }
}
