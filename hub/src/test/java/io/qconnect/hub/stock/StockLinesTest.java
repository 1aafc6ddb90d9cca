package io.qconnect.hub.stock;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.orders.Confirmation;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Order lines move stock by their status, once each; unmapped ones wait for their SKU. */
@ParameterizedClass
@EnumSource(Engine.class)
class StockLinesTest {
  private static final String SHOP = "lines-shop";

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

  private static void arrive(HubFixture f, OrderLine line) {
    HubJdbi.create(f.dataSource)
        .useTransaction(
            h -> {
              // the order line as the import stores it: the unlinked queue reads its codes and
              // status
              h.createUpdate("DELETE FROM hub_order_line WHERE shop_id = :shop AND order_no = :no")
                  .bind("shop", SHOP)
                  .bind("no", line.orderNo())
                  .execute();
              h.createUpdate(
                      "INSERT INTO hub_order_line (shop_id, order_no, pack_no, qoo10_status,"
                          + " hub_status, item_code, seller_item_code, option_code, qty, detail,"
                          + " first_seen_at, updated_at, version)"
                          + " VALUES (:shop, :no, :no, 2, :status, :item, :seller, :option, :qty,"
                          + " '{}', :t, :t, 1)")
                  .bind("shop", SHOP)
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
    return new OrderLine(
        SHOP,
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
