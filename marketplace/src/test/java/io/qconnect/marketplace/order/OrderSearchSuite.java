package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.access.AccessSettings;
import io.qconnect.marketplace.core.ListPage;
import io.qconnect.marketplace.order.OrderSearch.DateBy;
import io.qconnect.marketplace.seller.Seller;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The seller's order search (配送管理) and the staff lists' searches: the same SQL on H2 and on
 * PostgreSQL (one subclass per database). 23 carts on 2026-05-11 and 12 more the next day.
 */
abstract class OrderSearchSuite {
  static MarketplaceServer server;
  static final List<Long> firstDay = new ArrayList<>();
  static final List<Long> secondDay = new ArrayList<>();
  static String seller = "demo-shop";

  static void start(Engine engine) {
    server =
        new MarketplaceServer(
            engine, OffsetDateTime.parse("2026-05-11T10:00:00+09:00"), AccessSettings.demo());
    server.sandbox("POST", "/sandbox/seed", "{\"seed\":7,\"sellers\":1,\"items\":20}");
    String item =
        Jdbi.create(server.dataSource)
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT item_code FROM mk_item i WHERE NOT EXISTS (SELECT 1 FROM"
                                + " mk_item_option o WHERE o.item_code = i.item_code)"
                                + " ORDER BY item_code LIMIT 1")
                        .mapTo(String.class)
                        .one());
    server
        .market
        .catalog()
        .setPriceQty(
            seller,
            new io.qconnect.marketplace.catalog.PriceQtyChange(
                io.qconnect.marketplace.catalog.ItemRef.code(item), 1000, 10_000, null, ""));
    for (int i = 0; i < 23; i++) {
      firstDay.add(place(item, i == 7 ? "100% 山田_花子" : "購入者 " + i));
    }
    server.setClock("2026-05-12T10:00:00+09:00");
    for (int i = 0; i < 12; i++) {
      secondDay.add(place(item, "翌日 " + i));
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long place(String item, String buyer) {
    Buyer b = new Buyer(buyer, "", "+81-3-1234-5678", "", "x@example.jp");
    Receiver r = new Receiver("受取 " + buyer, "", "", "", "150-0001", "東京都渋谷区", "神宮前1");
    PlaceResult res =
        server
            .market
            .orders()
            .place(
                new NewCart(
                    seller,
                    b,
                    r,
                    PaymentMethod.CREDIT_CARD,
                    true,
                    List.of(new NewCart.Line(item, "", 1)),
                    "",
                    "",
                    0));
    return ((PlaceResult.Placed) res).orderNos().get(0);
  }

  private static OrderSearch search(LocalDate from, LocalDate to, Long no, String buyer) {
    return new OrderSearch(2, DateBy.ORDER, from, to, no, buyer);
  }

  @Test
  void pages_newest_first_with_the_total_and_the_counts_of_every_status() {
    OrderList first = server.market.orderQueries().search(seller, OrderSearch.inStatus(2), 1, 10);
    assertThat(first.total()).isEqualTo(35);
    assertThat(first.counts()).containsEntry(2, 35);
    assertThat(first.pages(10)).isEqualTo(4);
    assertThat(first.rows()).hasSize(10);
    assertThat(first.rows().get(0).line().orderNo()).isEqualTo(secondDay.get(11));
    assertThat(first.rows().get(0).buyerName()).isEqualTo("翌日 11");
    assertThat(first.rows().get(0).address()).isEqualTo("東京都渋谷区 神宮前1");
    OrderList last = server.market.orderQueries().search(seller, OrderSearch.inStatus(2), 9, 10);
    assertThat(last.page()).isEqualTo(4);
    assertThat(last.rows()).hasSize(5);
    assertThat(last.rows().get(4).line().orderNo()).isEqualTo(firstDay.get(0));
    assertThat(server.market.orderQueries().search(seller, OrderSearch.inStatus(4), 1, 10).rows())
        .isEmpty();
  }

  @Test
  void searches_by_period_order_or_cart_number_and_a_part_of_the_buyer_name_literally() {
    var q = server.market.orderQueries();
    LocalDate d11 = LocalDate.of(2026, 5, 11);
    assertThat(q.search(seller, search(d11, d11, null, ""), 1, 50).total()).isEqualTo(23);
    assertThat(q.search(seller, search(d11.plusDays(1), null, null, ""), 1, 50).total())
        .isEqualTo(12);
    assertThat(
            q.search(seller, new OrderSearch(2, DateBy.PAYMENT, null, d11, null, ""), 1, 50)
                .total())
        .isEqualTo(23);
    OrderList one = q.search(seller, search(null, null, firstDay.get(3), ""), 1, 50);
    assertThat(one.rows()).extracting(o -> o.line().orderNo()).containsExactly(firstDay.get(3));
    long pack = one.rows().get(0).line().packNo();
    assertThat(q.search(seller, search(null, null, pack, ""), 1, 50).total()).isEqualTo(1);
    // % and _ are letters here, not wildcards
    assertThat(q.search(seller, search(null, null, null, "100%"), 1, 50).total()).isEqualTo(1);
    assertThat(q.search(seller, search(null, null, null, "山田_"), 1, 50).total()).isEqualTo(1);
    assertThat(q.search(seller, search(null, null, null, "_"), 1, 50).total()).isEqualTo(1);
    assertThat(q.search(seller, search(null, null, null, "翌日"), 1, 50).counts())
        .containsEntry(2, 12);
    assertThat(q.search(seller, search(null, null, null, "受取 翌日 1"), 1, 50).total())
        .isEqualTo(3); // 翌日 1, 10, 11: the receiver's name counts too
  }

  @Test
  void streams_every_matching_line_and_counts_the_lines_without_a_ship_date() {
    List<Long> seen = new ArrayList<>();
    server
        .market
        .orderQueries()
        .forEach(seller, OrderSearch.inStatus(2), o -> seen.add(o.line().orderNo()));
    assertThat(seen).hasSize(35).startsWith(secondDay.get(11)).endsWith(firstDay.get(0));
    assertThat(server.market.orderQueries().needingDate(seller)).isGreaterThanOrEqualTo(1);
  }

  @Test
  void the_staff_lists_search_case_blind_and_page() {
    ListPage<Seller> all = server.market.sellers().search("", 1, 50);
    assertThat(all.total()).isEqualTo(all.rows().size()).isPositive();
    assertThat(server.market.sellers().search("DEMO-", 1, 50).total()).isEqualTo(all.total());
    assertThat(server.market.sellers().search("%", 1, 50).total()).isZero();
    assertThat(server.market.access().decided("", 1, 50).total()).isNotNegative();
    assertThat(server.market.authorizations().integrators("", 5, 50).page()).isEqualTo(1);
  }
}
