package io.qconnect.hub.fulfilment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.stock.SkuPicks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The JSON a warehouse receives for one instruction (the webhook's body, and the CSV export's
 * source): the line, what to pick (the hub SKU and how many, as resolved when the instruction was
 * built) and the line's Qoo10 data under {@code "qoo10"} (receiver, address).
 */
final class InstructionPayload {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InstructionPayload() {}

  /**
   * @param detail the line's Qoo10 data as JSON
   * @param pick the line's SKU and quantity to pick, or empty when the shop keeps no stock in the
   *     hub: then {@code "sku"} is "" and the warehouse picks {@code qty} of the Qoo10 item
   */
  static String of(OrderLine l, String id, Optional<SkuPicks.Pick> pick, String detail) {
    try {
      ObjectNode p = JSON.createObjectNode();
      p.put("instructionId", id);
      p.put("shop", l.shopId());
      p.put("orderNo", l.orderNo());
      p.put("packNo", l.packNo());
      p.put("itemCode", l.itemCode());
      p.put("sellerItemCode", l.sellerItemCode());
      p.put("itemTitle", l.itemTitle());
      p.put("option", l.option());
      p.put("optionCode", l.optionCode());
      p.put("qty", l.qty());
      p.put("estShipDate", l.estShipDate() == null ? "" : l.estShipDate().toLocalDate().toString());
      p.put("sku", pick.map(SkuPicks.Pick::sku).orElse(""));
      p.put("qtyPerUnit", pick.map(SkuPicks.Pick::qtyPerUnit).orElse(1));
      p.put("pickQty", pick.map(SkuPicks.Pick::qty).orElse(l.qty()));
      p.set("qoo10", JSON.readTree(detail));
      return JSON.writeValueAsString(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the instruction of order " + l.orderNo(), e);
    }
  }
}
