package io.qconnect.hub.fulfilment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.protocol.csv.CsvCells;
import java.util.ArrayList;
import java.util.List;

/**
 * Shipping instructions as a CSV for a warehouse (UTF-8, header first, CRLF), every line built with
 * {@link CsvCells#row} so that no cell runs as a formula. The last columns say what to pick: the
 * hub SKU ("" when the shop keeps no stock in the hub) and how many pieces of it.
 */
final class InstructionCsv {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> HEADER =
      List.of(
          "instructionId",
          "shop",
          "orderNo",
          "packNo",
          "sellerItemCode",
          "optionCode",
          "itemTitle",
          "option",
          "qty",
          "estShipDate",
          "receiver",
          "zipCode",
          "address",
          "receiverTel",
          "receiverMobile",
          "sku",
          "pickQty");

  private InstructionCsv() {}

  static String write(List<String> payloads) {
    StringBuilder out = new StringBuilder(CsvCells.row(HEADER)).append("\r\n");
    for (String p : payloads) {
      out.append(CsvCells.row(cells(p))).append("\r\n");
    }
    return out.toString();
  }

  private static List<String> cells(String payload) {
    JsonNode p;
    try {
      p = JSON.readTree(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored instruction is not JSON", e);
    }
    JsonNode q = p.path("qoo10");
    List<String> c = new ArrayList<>();
    for (String f : HEADER.subList(0, 10)) {
      c.add(p.path(f).asText(""));
    }
    c.add(q.path("Receiver").asText(""));
    c.add(q.path("ZipCode").asText(""));
    c.add(
        (q.path("ShippingAddress").asText("")
                + " "
                + q.path("Address1").asText("")
                + " "
                + q.path("Address2").asText(""))
            .trim()
            .replaceAll("\\s+", " "));
    c.add(q.path("ReceiverTel").asText(""));
    c.add(q.path("ReceiverMobile").asText(""));
    // what the warehouse picks; an instruction built before these fields picks its qty
    c.add(p.path("sku").asText(""));
    c.add(p.path("pickQty").asText(p.path("qty").asText("")));
    return c;
  }
}
