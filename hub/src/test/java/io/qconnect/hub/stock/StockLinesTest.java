package io.qconnect.hub.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.orders.Confirmation;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Order lines move stock by their status, once each; unmapped ones wait for their SKU. */
@ParameterizedClass
@EnumSource(Engine.class)
class StockLinesTest {
  private static final String SHOP = "lines-shop";
  private static final String OTHER_SHOP = "lines-other";

  @Parameter Engine engine;

  @Test
  void a_line_reserves_once_then_consumes_when_shipped_and_a_cancelled_one_releases() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      StockService stock = f.hub.stock().service();
      stock.set("MUG-1", 10, "start");

      arrive(f, line(1, "MUG-1", 2, HubStatus.NEW));
      arrive(f, line(1, "MUG-1", 2, HubStatus.CONFIRMED));
      arrive(f, line(2, "MUG-1", 3, HubStatus.NEW));
      assertThat(stock.view("MUG-1").level()).isEqualTo(new StockLevel("MUG-1", 10, 5));

      arrive(f, line(1, "MUG-1", 2, HubStatus.SHIPPED));
      arrive(f, line(2, "MUG-1", 3, HubStatus.CANCELLED));
      arrive(f, line(2, "MUG-1", 3, HubStatus.CANCELLED));

      assertThat(stock.view("MUG-1").level()).isEqualTo(new StockLevel("MUG-1", 8, 0));
      assertThat(stock.view("MUG-1").moves())
          .extracting(StockMove::cause)
          .containsExactly(
              MoveCause.RELEASE,
              MoveCause.CONSUME,
              MoveCause.RESERVE,
              MoveCause.RESERVE,
              MoveCause.SET);
    }
  }

  @Test
  void a_line_that_ships_more_than_the_shelf_holds_empties_it_and_frees_its_reservation() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      StockService stock = f.hub.stock().service();
      stock.set("MUG-2", 1, "start");

      arrive(f, line(3, "MUG-2", 2, HubStatus.NEW));
      arrive(f, line(3, "MUG-2", 2, HubStatus.SHIPPED));
      arrive(f, line(3, "MUG-2", 2, HubStatus.SHIPPED));

      assertThat(stock.view("MUG-2").level()).isEqualTo(new StockLevel("MUG-2", 0, 0));
      assertThat(stock.view("MUG-2").moves())
          .extracting(StockMove::cause)
          .containsExactly(MoveCause.CONSUME, MoveCause.RESERVE, MoveCause.SET);
    }
  }

  @Test
  void a_line_whose_code_names_no_sku_waits_and_reserves_once_the_sku_exists() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      StockService stock = f.hub.stock().service();

      arrive(f, line(7, "CUP-9", 4, HubStatus.NEW));
      assertThat(f.hub.stock().mappings().unlinked(SHOP, 10).lines())
          .extracting(LineRef::orderNo)
          .containsExactly(7L);

      StockLevel level = stock.set("CUP-9", 10, "received");

      assertThat(level).isEqualTo(new StockLevel("CUP-9", 10, 4));
      assertThat(f.hub.stock().mappings().unlinked(SHOP, 10).lines()).isEmpty();
    }
  }

  @Test
  void every_waiting_line_beyond_one_page_takes_its_effect_once_and_the_others_keep_waiting() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.connect(OTHER_SHOP);
      HubStatus[] statuses = {HubStatus.NEW, HubStatus.SHIPPED, HubStatus.CANCELLED};
      for (int no = 1; no <= 8; no++) {
        arrive(f, line(SHOP, no, "CUP-P", no, statuses[no % 3]));
        arrive(f, line(SHOP, 100 + no, "NONE-" + no, 1, HubStatus.NEW));
      }
      for (int no = 1; no <= 3; no++) {
        arrive(f, line(OTHER_SHOP, no, "CUP-P", 10, HubStatus.NEW));
      }
      Jdbi jdbi = HubJdbi.create(f.dataSource);
      jdbi.useTransaction(
          h -> {
            JdbcStockStore store = new JdbcStockStore();
            store.create(h, "CUP-P", Instant.EPOCH);
            store.move(h, "CUP-P", 100, 0, Instant.EPOCH);
          });
      StockLines lines = new StockLines(new StockLedger(() -> {}), Clock.systemUTC(), 3);

      jdbi.useTransaction(lines::retryWaiting);

      // reserved: lines 3 and 6 (NEW) and the other shop's three; consumed: 1, 4, 7 (SHIPPED)
      StockLevel once = new StockLevel("CUP-P", 100 - (1 + 4 + 7), 3 + 6 + 30);
      StockService stock = f.hub.stock().service();
      assertThat(stock.view("CUP-P").level()).isEqualTo(once);
      List<String> refs =
          List.of(
              SHOP + "/1",
              SHOP + "/3",
              SHOP + "/4",
              SHOP + "/6",
              SHOP + "/7",
              OTHER_SHOP + "/1",
              OTHER_SHOP + "/2",
              OTHER_SHOP + "/3");
      assertThat(stock.view("CUP-P").moves())
          .extracting(StockMove::ref)
          .containsExactlyInAnyOrderElementsOf(refs);
      assertThat(f.hub.stock().mappings().unlinked(SHOP, 20).lines())
          .extracting(LineRef::orderNo)
          .containsExactly(108L, 107L, 106L, 105L, 104L, 103L, 102L, 101L);
      assertThat(f.hub.stock().mappings().unlinked(OTHER_SHOP, 20).lines()).isEmpty();

      jdbi.useTransaction(lines::retryWaiting);

      assertThat(stock.view("CUP-P").level()).isEqualTo(once);
      assertThat(stock.view("CUP-P").moves()).hasSize(refs.size());
      assertThat(f.hub.stock().mappings().unlinked(SHOP, 20).lines()).hasSize(8);
    }
  }

  @Test
  void a_mapped_unit_gives_its_waiting_lines_their_effect_by_item_seller_or_option_code() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      Jdbi jdbi = HubJdbi.create(f.dataSource);
      jdbi.useTransaction(
          h -> {
            unit(h, "1000000001", "", "", "S-1");
            unit(h, "1000000002", "", "", "MY-ITEM");
            unit(h, "1000000003", "Red", "OPT-RED", "");
            unit(h, "1000000003", "Blue", "OPT-BLUE", "");
          });
      arrive(f, line(SHOP, 1, "1000000001", "S-1", "", 1));
      arrive(f, line(SHOP, 2, "MY-ITEM", "", "", 2));
      arrive(f, line(SHOP, 3, "1000000003", "", "OPT-RED", 3));
      arrive(f, line(SHOP, 4, "1000000003", "", "OPT-BLUE", 4));
      arrive(f, line(SHOP, 5, "1000000001", "", "OPT-X", 5));
      StockService stock = f.hub.stock().service();
      stock.set("MUG-M", 100, "start");

      f.hub
          .stock()
          .mappings()
          .map(
              List.of(
                  new MappingService.Mapping("MUG-M", SHOP, "1000000001", ""),
                  new MappingService.Mapping("MUG-M", SHOP, "MY-ITEM", ""),
                  new MappingService.Mapping("MUG-M", SHOP, "1000000003", "OPT-RED")));

      assertThat(stock.view("MUG-M").level()).isEqualTo(new StockLevel("MUG-M", 100, 1 + 2 + 3));
      assertThat(f.hub.stock().mappings().unlinked(SHOP, 10).lines())
          .extracting(LineRef::orderNo)
          .containsExactly(5L, 4L);
    }
  }

  private static void unit(
      org.jdbi.v3.core.Handle h, String item, String value, String optionCode, String seller) {
    h.createUpdate(
            "INSERT INTO hub_listing (shop_id, item_code, option_value, option_code, seller_code,"
                + " seen_at) VALUES (:shop, :item, :value, :option, :seller, :t)")
        .bind("shop", SHOP)
        .bind("item", item)
        .bind("value", value)
        .bind("option", optionCode)
        .bind("seller", seller)
        .bind("t", Instant.EPOCH)
        .execute();
  }

  private static void arrive(HubFixture f, OrderLine line) {
    HubJdbi.create(f.dataSource)
        .useTransaction(
            h -> {
              // the order line as the import stores it: the unlinked queue reads its codes and
              // status
              h.createUpdate("DELETE FROM hub_order_line WHERE shop_id = :shop AND order_no = :no")
                  .bind("shop", line.shopId())
                  .bind("no", line.orderNo())
                  .execute();
              h.createUpdate(
                      "INSERT INTO hub_order_line (shop_id, order_no, pack_no, qoo10_status,"
                          + " hub_status, item_code, seller_item_code, option_code, qty, detail,"
                          + " first_seen_at, updated_at, version)"
                          + " VALUES (:shop, :no, :no, 2, :status, :item, :seller, :option, :qty,"
                          + " '{}', :t, :t, 1)")
                  .bind("shop", line.shopId())
                  .bind("no", line.orderNo())
                  .bind("status", line.hubStatus().name())
                  .bind("item", line.itemCode())
                  .bind("seller", line.sellerItemCode())
                  .bind("option", line.optionCode())
                  .bind("qty", line.qty())
                  .bind("t", Instant.EPOCH)
                  .execute();
              f.hub.stock().service().lineEvents().changed(h, List.of(line));
            });
  }

  private static OrderLine line(long no, String sellerCode, int qty, HubStatus status) {
    return line(SHOP, no, sellerCode, qty, status);
  }

  private static OrderLine line(
      String shop, long no, String item, String seller, String optionCode, int qty) {
    OrderLine l = line(shop, no, seller, qty, HubStatus.NEW);
    return new OrderLine(
        l.shopId(),
        l.orderNo(),
        l.packNo(),
        l.relatedOrder(),
        l.qoo10Status(),
        l.claimStatus(),
        l.hubStatus(),
        l.orderDate(),
        l.paymentDate(),
        l.estShipDate(),
        l.shippingDate(),
        l.deliveredDate(),
        l.claimDate(),
        l.claimReason(),
        item,
        seller,
        l.itemTitle(),
        l.option(),
        optionCode,
        qty,
        l.total(),
        l.carrier(),
        l.trackingNo(),
        l.confirmation(),
        l.firstSeenAt(),
        l.updatedAt(),
        l.version());
  }

  private static OrderLine line(
      String shop, long no, String sellerCode, int qty, HubStatus status) {
    return new OrderLine(
        shop,
        no,
        no,
        "",
        ShippingStatus.ON_REQUEST,
        null,
        status,
        null,
        null,
        null,
        null,
        null,
        null,
        "",
        "1000000001",
        sellerCode,
        "item",
        "",
        "",
        qty,
        1000L * qty,
        "",
        "",
        Confirmation.NONE,
        Instant.EPOCH,
        Instant.EPOCH,
        1);
  }
}
