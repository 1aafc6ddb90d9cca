package io.qconnect.hub.tracking;

import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.orders.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;

/**
 * Shipped reports taken one row at a time (the console's bulk ship and tracking upload): every row
 * is checked first — its fields, then that its line exists and may ship — and the rows that pass
 * are written together with the rest of their carts, in the caller's transaction; a refused row
 * changes nothing, and a written row is written whole.
 */
final class RowByRow {
  private final JdbcShipmentStore store;
  private final OrderLines orders;
  private final CarrierTable carriers;

  RowByRow(JdbcShipmentStore store, OrderLines orders, CarrierTable carriers) {
    this.store = store;
    this.orders = orders;
    this.carriers = carriers;
  }

  /**
   * @param places each row's place (its line in the file, or its position)
   * @param write writes one checked request (queue row, hub status, history)
   */
  List<RowResult> apply(
      Handle h,
      List<ShippedLine> rows,
      List<Long> places,
      BiConsumer<Handle, ShipmentRequest> write) {
    RowResult[] out = new RowResult[rows.size()];
    Map<String, ShipmentRequest> planned = new LinkedHashMap<>();
    Map<String, Integer> rowOf = new HashMap<>();
    Map<Integer, OrderLine> lineOf = new HashMap<>();
    Set<String> listed = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ShippedLine r = rows.get(i);
      long place = places.get(i);
      String no = r.orderNo() == null ? "" : r.orderNo().strip();
      listed.add((r.shopId() == null ? "" : r.shopId().strip()) + "/" + no);
      if (blank(r.carrier()) && blank(r.trackingNo())) {
        out[i] = new RowResult.Skipped(place, no);
        continue;
      }
      ShipmentInput.Checked c = ShipmentInput.checkRow(r, carriers);
      if (c.problem() != null) {
        out[i] = new RowResult.Refused(place, no, c.problem());
        continue;
      }
      ShipmentRequest q = c.request();
      String key = q.shopId() + "/" + q.orderNo();
      ShipmentRequest before = planned.get(key);
      if (before != null) {
        out[i] =
            sameParcel(before, q)
                ? new RowResult.Unchanged(place, q.shopId(), no)
                : refused(place, no, RowProblem.Kind.LISTED_TWICE, no);
        continue;
      }
      Optional<OrderLine> line = orders.find(h, q.shopId(), q.orderNo());
      Optional<Shipment> existing = store.find(h, q.shopId(), q.orderNo());
      if (line.isEmpty()) {
        out[i] = refused(place, no, RowProblem.Kind.NO_SUCH_ORDER, q.shopId() + "/" + no);
      } else if (existing.isPresent() && unchanged(existing.get(), q)) {
        out[i] = new RowResult.Unchanged(place, q.shopId(), no);
      } else if (!Workflow.allows(line.get().hubStatus(), HubStatus.SHIPPED)) {
        out[i] = refused(place, no, RowProblem.Kind.NOT_SHIPPABLE, line.get().hubStatus().name());
      } else {
        planned.put(key, q);
        rowOf.put(key, i);
        lineOf.put(i, line.get());
      }
    }
    Map<Integer, List<Long>> cartOf = new HashMap<>();
    for (Map.Entry<String, Integer> e : rowOf.entrySet()) {
      cartOf.put(
          e.getValue(),
          siblings(h, planned, listed, planned.get(e.getKey()), lineOf.get(e.getValue())));
    }
    planned.values().forEach(q -> write.accept(h, q));
    for (Map.Entry<String, Integer> e : rowOf.entrySet()) {
      int i = e.getValue();
      ShipmentRequest q = planned.get(e.getKey());
      out[i] =
          new RowResult.Queued(
              places.get(i),
              q.shopId(),
              Long.toString(q.orderNo()),
              q.carrier(),
              q.trackingNo(),
              cartOf.get(i));
    }
    return List.of(out);
  }

  /**
   * Adds the cart's other lines that may ship, have no write-back yet and are not listed themselves
   * (a listed line, even a refused one, ships only by its own row); returns their numbers.
   */
  private List<Long> siblings(
      Handle h,
      Map<String, ShipmentRequest> planned,
      Set<String> listed,
      ShipmentRequest q,
      OrderLine line) {
    List<Long> added = new ArrayList<>();
    for (OrderLine sibling : orders.cart(h, q.shopId(), line.packNo())) {
      String k = q.shopId() + "/" + sibling.orderNo();
      if (!planned.containsKey(k)
          && !listed.contains(k)
          && Workflow.allows(sibling.hubStatus(), HubStatus.SHIPPED)
          && store.find(h, q.shopId(), sibling.orderNo()).isEmpty()) {
        planned.put(k, q.forLine(sibling.orderNo()));
        added.add(sibling.orderNo());
      }
    }
    return added;
  }

  private static boolean unchanged(Shipment s, ShipmentRequest q) {
    return s.state() != ShipmentState.CANCELLED
        && s.carrier().equals(q.carrier())
        && s.trackingNo().equals(q.trackingNo());
  }

  private static boolean sameParcel(ShipmentRequest a, ShipmentRequest b) {
    return a.carrier().equals(b.carrier()) && a.trackingNo().equals(b.trackingNo());
  }

  private static RowResult refused(long place, String no, RowProblem.Kind kind, String value) {
    return new RowResult.Refused(place, no, new RowProblem(kind, "orderNo", value));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
