package io.qconnect.hub.tracking;

import io.qconnect.hub.core.HubException;
import io.qconnect.hub.orders.HistoryEntry;
import io.qconnect.hub.orders.HistoryKind;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.hub.orders.OrderLine;
import io.qconnect.hub.orders.OrderLines;
import io.qconnect.hub.orders.Workflow;
import io.qconnect.hub.shop.ShopService;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Takes "shipped" reports (JSON API, CSV, command line) into the durable write-back queue. Input is
 * checked as a whole first — fields, then that every line exists and may ship — and written in one
 * transaction, so a bad report changes nothing. A cart ships together: the other lines of a listed
 * line's cart that have no write-back yet are queued with the same carrier and tracking number
 * (list them separately to split a cart over several parcels).
 */
public final class ShipmentService {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ShipmentService.class);
  private final JdbcShipmentStore store = new JdbcShipmentStore();
  private final Jdbi jdbi;
  private final OrderLines orders;
  private final ShopService shops;
  private final CarrierTable carriers;
  private final Clock clock;
  private final Runnable queued;

  public ShipmentService(
      Jdbi jdbi, OrderLines orders, ShopService shops, CarrierTable carriers, Clock clock) {
    this(jdbi, orders, shops, carriers, clock, () -> {});
  }

  /**
   * @param queued called after tracking numbers were queued (committed), to send them now rather
   *     than at the sender's next tick
   */
  public ShipmentService(
      Jdbi jdbi,
      OrderLines orders,
      ShopService shops,
      CarrierTable carriers,
      Clock clock,
      Runnable queued) {
    this.jdbi = jdbi;
    this.orders = orders;
    this.shops = shops;
    this.carriers = carriers;
    this.clock = clock;
    this.queued = queued;
  }

  /** How many write-backs are in a state, over all shops: the queue depth. */
  public long count(ShipmentState state) {
    return jdbi.withHandle(h -> store.count(h, state));
  }

  /** Queues the reported lines (and their carts); returns every write-back now queued. */
  public List<Shipment> markShipped(List<ShippedLine> lines) {
    ShipmentInput.Locator where = ShipmentInput.Locator.json();
    return enqueue(ShipmentInput.check(lines, where, carriers), where);
  }

  /** Imports {@code orderNo,carrier,trackingNo} rows for one shop; a bad row refuses the file. */
  public List<Shipment> importCsv(String shopId, Reader csv, String fileName) {
    shops.get(shopId);
    ShipmentInput.Csv parsed = ShipmentInput.readCsv(shopId, csv, fileName);
    if (parsed.rows().isEmpty()) {
      throw new HubException(fileName + ": no rows (expected orderNo,carrier,trackingNo)");
    }
    return enqueue(ShipmentInput.check(parsed.rows(), parsed, carriers), parsed);
  }

  /**
   * Queues the reported lines one by one (the console's bulk ship): each row is applied whole, with
   * the rest of its cart, or refused with its reason; refused rows change nothing.
   */
  public List<RowResult> shipEach(List<ShippedLine> lines) {
    List<Long> places = new ArrayList<>();
    for (int i = 1; i <= lines.size(); i++) {
      places.add((long) i);
    }
    return applyEach(lines, places);
  }

  /**
   * Takes an uploaded file of tracking numbers row by row ({@link TrackingFile}: the order list's
   * export with carrier and tracking filled in, or {@code orderNo,carrier,trackingNo}); a file that
   * is not CSV or lacks those columns is refused whole, rows without carrier and tracking are
   * skipped.
   *
   * @param defaultShop the shop of rows that do not name one ("" for none)
   */
  public ShipmentUpload upload(String defaultShop, byte[] file) {
    TrackingFile.Read read = TrackingFile.read(defaultShop, TrackingFile.decode(file));
    if (read.refused() != null) {
      return read.refused();
    }
    return new ShipmentUpload.Done(applyEach(read.rows(), read.lines()));
  }

  /** Qoo10's carrier names, for a list to pick from. */
  public List<String> carrierNames() {
    return carriers.names();
  }

  private List<RowResult> applyEach(List<ShippedLine> lines, List<Long> places) {
    RowByRow each = new RowByRow(store, orders, carriers);
    List<RowResult> out =
        jdbi.inTransaction(
            h -> {
              Instant now = clock.instant();
              return each.apply(h, lines, places, (hh, r) -> write(hh, r, now));
            });
    if (out.stream().anyMatch(RowResult.Queued.class::isInstance)) {
      enqueue(List.of(), null);
    }
    return out;
  }

  /** Write-backs, newest first; null arguments do not filter. */
  public List<Shipment> list(String shopId, ShipmentState state) {
    return jdbi.withHandle(h -> store.list(h, shopId, state));
  }

  public Optional<Shipment> find(String shopId, long orderNo) {
    return jdbi.withHandle(h -> store.find(h, shopId, orderNo));
  }

  private List<Shipment> enqueue(List<ShipmentRequest> requests, ShipmentInput.Locator where) {
    List<Shipment> out = requests.isEmpty() ? List.of() : write(requests, where);
    try {
      queued.run();
    } catch (RuntimeException e) {
      // the rows are queued for good: the sender's next tick sends them
      LOG.warn("could not trigger the tracking write-back now; the next tick sends it", e);
    }
    return out;
  }

  private List<Shipment> write(List<ShipmentRequest> requests, ShipmentInput.Locator where) {
    return jdbi.inTransaction(
        h -> {
          List<ShipmentRequest> planned = plan(h, requests, where);
          Instant now = clock.instant();
          List<Shipment> out = new ArrayList<>();
          for (ShipmentRequest r : planned) {
            write(h, r, now);
            out.add(store.find(h, r.shopId(), r.orderNo()).orElseThrow());
          }
          return out;
        });
  }

  /** Checks every request against the stored lines and adds the rest of each cart. */
  private List<ShipmentRequest> plan(
      Handle h, List<ShipmentRequest> requests, ShipmentInput.Locator where) {
    Map<String, ShipmentRequest> planned = new LinkedHashMap<>();
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      ShipmentRequest r = requests.get(i);
      ShipmentRequest before = planned.put(key(r.shopId(), r.orderNo()), r);
      if (before != null && !sameParcel(before, r)) {
        throw new HubException(
            where.at(i, "orderNo")
                + ": order "
                + r.orderNo()
                + " is listed twice with different tracking");
      }
      lines.add(shippable(h, r, where.at(i, "orderNo")));
    }
    for (int i = 0; i < lines.size(); i++) {
      ShipmentRequest r = requests.get(i);
      for (OrderLine sibling : orders.cart(h, r.shopId(), lines.get(i).packNo())) {
        String k = key(r.shopId(), sibling.orderNo());
        if (!planned.containsKey(k)
            && Workflow.allows(sibling.hubStatus(), HubStatus.SHIPPED)
            && store.find(h, r.shopId(), sibling.orderNo()).isEmpty()) {
          planned.put(k, r.forLine(sibling.orderNo()));
        }
      }
    }
    return List.copyOf(planned.values());
  }

  private OrderLine shippable(Handle h, ShipmentRequest r, String where) {
    OrderLine line =
        orders
            .find(h, r.shopId(), r.orderNo())
            .orElseThrow(
                () ->
                    new HubException(
                        where + ": shop " + r.shopId() + " has no order " + r.orderNo()));
    if (!Workflow.allows(line.hubStatus(), HubStatus.SHIPPED)) {
      throw new HubException(
          where + ": order " + r.orderNo() + " is " + line.hubStatus() + " and cannot be shipped");
    }
    return line;
  }

  private void write(Handle h, ShipmentRequest r, Instant now) {
    Optional<Shipment> existing = store.find(h, r.shopId(), r.orderNo());
    boolean unchanged =
        existing.isPresent()
            && existing.get().state() != ShipmentState.CANCELLED
            && existing.get().carrier().equals(r.carrier())
            && existing.get().trackingNo().equals(r.trackingNo());
    if (unchanged) {
      return;
    }
    store.enqueue(h, r, now);
    OrderLine line = orders.find(h, r.shopId(), r.orderNo()).orElseThrow();
    if (line.hubStatus() != HubStatus.SHIPPED) {
      orders.setHubStatus(h, r.shopId(), r.orderNo(), HubStatus.SHIPPED, now);
    }
    String parcel = r.carrier() + " " + r.trackingNo();
    orders.addHistory(
        h,
        r.shopId(),
        List.of(
            new HistoryEntry(
                r.orderNo(),
                now,
                HistoryKind.SHIP_QUEUED,
                line.hubStatus().name(),
                HubStatus.SHIPPED.name(),
                parcel
                    + (r.carrier().equals(r.carrierGiven())
                        ? ""
                        : " (given as " + r.carrierGiven() + ")"))));
  }

  private static boolean sameParcel(ShipmentRequest a, ShipmentRequest b) {
    return a.carrier().equals(b.carrier()) && a.trackingNo().equals(b.trackingNo());
  }

  private static String key(String shopId, long orderNo) {
    return shopId + "/" + orderNo;
  }
}
