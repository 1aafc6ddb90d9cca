package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Placing carts on H2 and on PostgreSQL: all lines or none, and never more than the stock. */
@ParameterizedClass
@EnumSource(Engine.class)
class OrderPlacementTest {
  @Parameter Engine engine;

  private static OrderWorld world(Engine e) {
    return new OrderWorld(
        new MarketplaceServer(
            e, OffsetDateTime.parse("2026-05-11T10:00:00+09:00"), AccessSettings.demo()),
        "place-shop");
  }

  private static NewCart cart(String sellerId, NewCart.Line... lines) {
    Buyer b = new Buyer("佐藤 花子", "サトウ ハナコ", "+81--", "+81-80-1111-2222", "h@example.jp");
    return new NewCart(
        sellerId,
        b,
        new Receiver(b.name(), b.kana(), b.tel(), b.mobile(), "060-0001", "北海道札幌市中央区", "北一条西1-1"),
        PaymentMethod.CREDIT_CARD,
        true,
        List.of(lines),
        "",
        "",
        0);
  }

  @Test
  void concurrent_buyers_never_take_more_than_the_stock() throws Exception {
    try (OrderWorld w = world(engine)) {
      w.item("HOT-1", 1000, 50);
      w.item("HOT-2", 1000, 30);
      OrderService orders = w.server.market.orders();
      AtomicInteger sold1 = new AtomicInteger();
      AtomicInteger sold2 = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int qty = 1 + t % 3;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 15; i++) {
                    NewCart c =
                        cart(
                            "place-shop",
                            new NewCart.Line("HOT-2", "", 1),
                            new NewCart.Line("HOT-1", "", qty));
                    if (orders.place(c) instanceof PlaceResult.Placed) {
                      sold1.addAndGet(qty);
                      sold2.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      Jdbi jdbi = Jdbi.create(w.server.dataSource);
      int left1 =
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT qty FROM mk_item WHERE seller_code = 'HOT-1'")
                      .mapTo(Integer.class)
                      .one());
      int left2 =
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT qty FROM mk_item WHERE seller_code = 'HOT-2'")
                      .mapTo(Integer.class)
                      .one());
      assertThat(left1).isGreaterThanOrEqualTo(0).isEqualTo(50 - sold1.get());
      assertThat(left2).isGreaterThanOrEqualTo(0).isEqualTo(30 - sold2.get());
      long lines =
          jdbi.withHandle(
              h -> h.createQuery("SELECT COUNT(*) FROM mk_order_line").mapTo(Long.class).one());
      assertThat(lines).isEqualTo(2L * sold2.get());
    }
  }

  @Test
  void a_cart_with_one_sold_out_line_is_refused_whole_and_changes_nothing() {
    try (OrderWorld w = world(engine)) {
      w.item("A-1", 1000, 5);
      w.item("B-1", 1000, 1);
      PlaceResult r =
          w.server
              .market
              .orders()
              .place(
                  cart(
                      "place-shop",
                      new NewCart.Line("A-1", "", 2),
                      new NewCart.Line("B-1", "", 2)));
      assertThat(r).isInstanceOf(PlaceResult.Refused.class);
      assertThat(((PlaceResult.Refused) r).reason()).contains("sold out");
      assertThat(count(w, "SELECT SUM(qty) FROM mk_item")).isEqualTo(6);
      assertThat(count(w, "SELECT COUNT(*) FROM mk_outbox")).isZero();
      assertThat(count(w, "SELECT COUNT(*) FROM mk_cart")).isZero();
    }
  }

  static int count(OrderWorld w, String sql) {
    return Jdbi.create(w.server.dataSource)
        .withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  @Test
  void an_unknown_item_or_option_or_an_item_not_on_sale_is_refused() {
    try (OrderWorld w = world(engine)) {
      w.optioned("OPT-1", 2000, "サイズ||*S||*0||*3||*OPT-S$$サイズ||*M||*0||*3||*OPT-M");
      OrderService orders = w.server.market.orders();
      assertThat(orders.place(cart("place-shop", new NewCart.Line("NOPE", "", 1))))
          .isInstanceOf(PlaceResult.Refused.class);
      assertThat(orders.place(cart("place-shop", new NewCart.Line("OPT-1", "", 1))))
          .isInstanceOf(PlaceResult.Refused.class);
      assertThat(orders.place(cart("place-shop", new NewCart.Line("OPT-1", "OPT-L", 1))))
          .isInstanceOf(PlaceResult.Refused.class);
      assertThat(orders.place(cart("place-shop", new NewCart.Line("OPT-1", "OPT-M", 3))))
          .isInstanceOf(PlaceResult.Placed.class);
      assertThat(orders.place(cart("place-shop", new NewCart.Line("OPT-1", "OPT-M", 1))))
          .isInstanceOf(PlaceResult.Refused.class);
    }
  }

  @Test
  void
      a_seller_cancel_keeps_a_memo_of_1000_characters_after_the_reason_and_reset_restarts_numbers() {
    try (OrderWorld w = world(engine)) {
      w.item("MEMO-1", 1000, 5);
      PlaceResult.Placed p =
          (PlaceResult.Placed)
              w.server.market.orders().place(cart("place-shop", new NewCart.Line("MEMO-1", "", 1)));
      String memo = "遅".repeat(1000);
      OrderOutcome o =
          w.server
              .market
              .claims()
              .sellerCancel(
                  "place-shop",
                  p.orderNos().get(0),
                  io.qconnect.protocol.order.CancelReason.UNDELIVERABLE_AREA,
                  memo);
      assertThat(o).isEqualTo(OrderOutcome.OK);
      assertThat(p.packNo()).isEqualTo(600000001L);
      w.server.market.reset();
      Jdbi jdbi = Jdbi.create(w.server.dataSource);
      long pack = jdbi.withHandle(h -> next(h, "mk_pack_no_seq"));
      long order = jdbi.withHandle(h -> next(h, "mk_order_no_seq"));
      assertThat(pack).isEqualTo(600000001L);
      assertThat(order).isEqualTo(1000000001L);
    }
  }

  private static long next(org.jdbi.v3.core.Handle h, String sequence) {
    return h.createQuery("SELECT nextval('" + sequence + "')").mapTo(Long.class).one();
  }
}
