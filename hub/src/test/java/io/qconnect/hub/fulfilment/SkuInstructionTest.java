package io.qconnect.hub.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.core.HubJdbi;
import io.qconnect.hub.fulfilment.WebhookDeliveryTest.Received;
import io.qconnect.hub.fulfilment.WebhookDeliveryTest.Warehouse;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.stock.MappingService;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Instructions tell the warehouse what to pick: the line's hub SKU and how many. In a shop that
 * keeps stock in the hub, a line whose codes name no SKU is not instructed until it is mapped.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class SkuInstructionTest {
  private static final String SHOP = "demo-shop";
  private static final String SECRET = "whsec-5c1e8a0d7b93f246";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameter Engine engine;

  /**
   * The fake Qoo10's line N sells item {@code 10000<N % 100>} with option code {@code OPT-N}: its
   * unit in the hub, mapped to {@code sku} (null: left unmapped).
   */
  private static void unit(HubFixture f, long orderNo, String sku) {
    HubJdbi.create(f.dataSource)
        .useHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO hub_listing (shop_id, item_code, option_value, option_code,"
                            + " seen_at) VALUES (:shop, :item, :value, :option, :t)")
                    .bind("shop", SHOP)
                    .bind("item", "10000" + (orderNo % 100))
                    .bind("value", "ブルー" + orderNo)
                    .bind("option", "OPT-" + orderNo)
                    .bind("t", Instant.EPOCH)
                    .execute());
    if (sku != null) {
      map(f, orderNo, sku);
    }
  }

  private static void map(HubFixture f, long orderNo, String sku) {
    f.hub.stock().service().set(sku, 20, "received");
    f.hub
        .stock()
        .mappings()
        .map(
            List.of(
                new MappingService.Mapping(
                    sku, SHOP, "10000" + (orderNo % 100), "OPT-" + orderNo)));
  }

  private static void webhookAndCsv(HubFixture f, Warehouse w, boolean auto) {
    f.hub
        .shopFulfilment()
        .update(SHOP, new FulfilmentPatch(null, auto, w.url().toString(), SECRET, true));
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(body, e);
    }
  }

  private static HubStatus status(HubFixture f, long orderNo) {
    return f.hub.orders().get(SHOP, orderNo).hubStatus();
  }

  @Test
  void a_mapped_line_tells_the_warehouse_its_sku_and_the_quantity_to_pick_by_webhook_and_csv() {
    try (HubFixture f = new HubFixture(engine);
        Warehouse w = new Warehouse(0)) {
      f.connect(SHOP);
      unit(f, 1001, "TSHIRT-BLUE-M");
      webhookAndCsv(f, w, true);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.qoo10.setQty(1001, 3);

      f.hub.syncNow(SHOP);
      f.hub.deliverInstructionsNow();
      String csv = f.hub.fulfilment().exportCsv(SHOP);

      assertThat(status(f, 1001)).isEqualTo(HubStatus.INSTRUCTED);
      assertThat(w.received).hasSize(1);
      JsonNode body = json(w.received.get(0).body());
      assertThat(body.path("sku").asText()).isEqualTo("TSHIRT-BLUE-M");
      assertThat(body.path("pickQty").asInt()).isEqualTo(3);
      assertThat(body.path("qtyPerUnit").asInt()).isEqualTo(1);
      assertThat(body.path("qty").asInt()).isEqualTo(3);
      assertThat(body.path("optionCode").asText()).isEqualTo("OPT-1001");
      String[] rows = csv.split("\r\n");
      assertThat(rows).hasSize(2);
      assertThat(rows[0])
          .isEqualTo(
              "instructionId,shop,orderNo,packNo,sellerItemCode,optionCode,itemTitle,option,qty,"
                  + "estShipDate,receiver,zipCode,address,receiverTel,receiverMobile,sku,pickQty");
      assertThat(rows[1])
          .startsWith(FulfilmentService.instructionId(SHOP, 1001) + ",demo-shop,1001,1001,SKU-1001")
          .endsWith(",TSHIRT-BLUE-M,3");
    }
  }

  @Test
  void an_automatic_instruction_for_an_unmapped_line_waits_and_goes_out_once_after_mapping() {
    try (HubFixture f = new HubFixture(engine);
        Warehouse w = new Warehouse(0)) {
      f.connect(SHOP);
      unit(f, 1001, "TSHIRT-BLUE-M");
      unit(f, 1002, null);
      webhookAndCsv(f, w, true);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.qoo10.order(SHOP, 1002, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));

      f.hub.syncNow(SHOP);
      f.hub.syncNow(SHOP);
      f.hub.deliverInstructionsNow();

      assertThat(status(f, 1001)).isEqualTo(HubStatus.INSTRUCTED);
      assertThat(status(f, 1002)).as("waits for its SKU").isEqualTo(HubStatus.CONFIRMED);
      assertThat(f.hub.fulfilment().waitingForSku(SHOP, 10))
          .extracting(OrderLine::orderNo)
          .containsExactly(1002L);
      assertThat(f.hub.fulfilment().instructions(SHOP, 10))
          .extracting(Instruction::orderNo)
          .containsExactly(1001L);

      map(f, 1002, "TSHIRT-RED-L");
      assertThat(f.hub.fulfilment().waitingForSku(SHOP, 10)).isEmpty();
      f.hub.syncNow(SHOP);
      f.hub.syncNow(SHOP);
      f.hub.deliverInstructionsNow();
      f.hub.deliverInstructionsNow();

      assertThat(status(f, 1002)).isEqualTo(HubStatus.INSTRUCTED);
      assertThat(w.received)
          .extracting(Received::id)
          .containsExactly(
              FulfilmentService.instructionId(SHOP, 1001),
              FulfilmentService.instructionId(SHOP, 1002));
      JsonNode second = json(w.received.get(1).body());
      assertThat(second.path("instructionId").asText())
          .isEqualTo(FulfilmentService.instructionId(SHOP, 1002));
      assertThat(second.path("sku").asText()).isEqualTo("TSHIRT-RED-L");
      assertThat(second.path("pickQty").asInt()).isEqualTo(1);
      assertThat(f.hub.fulfilment().exportCsv(SHOP).split("\r\n")).hasSize(3);
    }
  }

  @Test
  void an_instruction_by_hand_for_an_unmapped_line_is_refused_with_the_reason() {
    try (HubFixture f = new HubFixture(engine);
        Warehouse w = new Warehouse(0)) {
      f.connect(SHOP, ShopSettings.defaults().withAutomation(false, false));
      unit(f, 1001, "TSHIRT-BLUE-M");
      webhookAndCsv(f, w, false);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.qoo10.order(SHOP, 1002, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.hub.syncNow(SHOP);

      assertThat(f.hub.fulfilment().withoutSku(SHOP, List.of(1001L, 1002L))).containsExactly(1002L);
      assertThatThrownBy(() -> f.hub.fulfilment().instruct(SHOP, List.of(1001L, 1002L)))
          .isInstanceOf(HubException.class)
          .hasMessage(
              "order 1002: its codes (item 100002, seller code SKU-1002, option code OPT-1002)"
                  + " name no hub SKU; map its unit to a SKU (the unlinked queue) before"
                  + " instructing it");
      assertThat(status(f, 1001)).as("the whole request is refused").isEqualTo(HubStatus.CONFIRMED);
      assertThat(f.hub.fulfilment().instructions(SHOP, 10)).isEmpty();

      f.hub.fulfilment().instruct(SHOP, List.of(1001L));
      assertThat(status(f, 1001)).isEqualTo(HubStatus.INSTRUCTED);
    }
  }

  @Test
  void a_shop_that_keeps_no_stock_in_the_hub_instructs_its_lines_as_before_without_a_sku() {
    try (HubFixture f = new HubFixture(engine);
        Warehouse w = new Warehouse(0)) {
      f.connect(SHOP, ShopSettings.defaults().withAutomation(false, false));
      unit(f, 1001, null);
      webhookAndCsv(f, w, false);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.qoo10.setQty(1001, 2);
      f.hub.syncNow(SHOP);

      assertThat(f.hub.fulfilment().withoutSku(SHOP, List.of(1001L))).isEmpty();
      assertThat(f.hub.fulfilment().waitingForSku(SHOP, 10)).isEmpty();
      f.hub.fulfilment().instruct(SHOP, List.of(1001L));
      f.hub.deliverInstructionsNow();

      assertThat(status(f, 1001)).isEqualTo(HubStatus.INSTRUCTED);
      JsonNode body = json(w.received.get(0).body());
      assertThat(body.path("sku").asText()).isEmpty();
      assertThat(body.path("pickQty").asInt()).isEqualTo(2);
      assertThat(f.hub.fulfilment().exportCsv(SHOP).split("\r\n")[1]).endsWith(",,2");
    }
  }
}
