package io.qconnect.hub.orders;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.shop.Shop;
import io.qconnect.hub.shop.ShopConnections;
import io.qconnect.protocol.client.ClaimQuery;
import io.qconnect.protocol.client.QapiResult;
import io.qconnect.protocol.client.ShippingQuery;
import io.qconnect.protocol.order.ClaimInfoRow;
import io.qconnect.protocol.order.ClaimSearchCondition;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.OrderLineView;
import io.qconnect.protocol.order.ShippingAndClaimInfoRow;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.order.ShippingSearchCondition;
import io.qconnect.protocol.order.ShippingStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports one shop's orders for a date range (JST): the shop's statuses (2 and/or 3) by payment
 * date, lines shipped (4) and delivered (5) in the range — which move known lines on and are
 * imported as shipped by the seller when the hub never saw them (the seller confirmed and shipped
 * them in QSM between two runs) — and the claims that cancel, hold or return lines
 * (GetClaimInfo_V3, since cancelled lines vanish from the status lists). One status per call; the
 * client splits ranges over 90 days. Then every line is upserted.
 */
public final class OrderImporter {
  /** Cancellations (1, 2, 3, 16) and returns (4, 5, 6): what moves a line off its path. */
  private static final List<ClaimStatus> CLAIMS =
      List.of(
          ClaimStatus.CANCEL_REQUESTED,
          ClaimStatus.CANCELLING,
          ClaimStatus.CANCEL_COMPLETE,
          ClaimStatus.UNPAID_CANCELLATION,
          ClaimStatus.RETURN_REQUESTED,
          ClaimStatus.RETURNING,
          ClaimStatus.RETURN_COMPLETE);

  private final ShopConnections connections;
  private final ChunkedStore storer;

  public OrderImporter(ShopConnections connections, Jdbi jdbi, Clock clock) {
    this(
        connections,
        jdbi,
        clock,
        new CompositeMeterRegistry(),
        shopId -> HubStatus.NEW,
        LineEvents.NONE);
  }

  /**
   * @param meters where the {@code hub.import.lag} timer goes
   * @param storageStatus per shop, the hub status a line Qoo10 shows new is stored with (R72)
   * @param events told about the lines each transaction inserted or changed (the stock ledger)
   */
  public OrderImporter(
      ShopConnections connections,
      Jdbi jdbi,
      Clock clock,
      MeterRegistry meters,
      Function<String, HubStatus> storageStatus,
      LineEvents events) {
    this.connections = connections;
    this.storer =
        new ChunkedStore(
            new LineUpserter(jdbi, clock, events), new ImportLag(meters), storageStatus);
  }

  /**
   * Fetches and stores.
   *
   * @throws HubException or {@link io.qconnect.protocol.wire.QapiException} when a fetch fails;
   *     nothing is stored then
   */
  public ImportReport importOrders(Shop shop, LocalDateTime from, LocalDateTime to) {
    return importOrders(shop, from, to, () -> {});
  }

  /**
   * Fetches and stores, calling {@code checkpoint} before each call to Qoo10 and each chunk stored:
   * it throws to stop the import there (the run's lease was lost).
   */
  public ImportReport importOrders(
      Shop shop, LocalDateTime from, LocalDateTime to, Runnable checkpoint) {
    return store(shop.shopId(), fetch(shop, from, to, checkpoint), checkpoint);
  }

  /** What the calls for one range answered, not stored yet: {@link #store} stores it. */
  public static final class Fetched {
    private final Collection<IncomingLine> lines;

    private Fetched(Collection<IncomingLine> lines) {
      this.lines = lines;
    }
  }

  /**
   * The first half of {@link #importOrders}: the calls to Qoo10, {@code checkpoint} before each.
   * Touches no database, so a backfill can fetch the next range while it stores this one.
   */
  public Fetched fetch(Shop shop, LocalDateTime from, LocalDateTime to, Runnable checkpoint) {
    Map<Long, IncomingLine> lines = new LinkedHashMap<>();
    for (int code : shop.settings().statuses()) {
      ShippingStatus s = ShippingStatus.fromCode(code).orElseThrow();
      checkpoint.run();
      addRows(lines, rows(shop, s, ShippingSearchCondition.PAYMENT_DATE, from, to), true);
    }
    checkpoint.run();
    addRows(
        lines,
        rows(shop, ShippingStatus.ON_DELIVERY, ShippingSearchCondition.SHIPPING_DATE, from, to),
        true);
    checkpoint.run();
    addRows(
        lines,
        rows(shop, ShippingStatus.DELIVERED, ShippingSearchCondition.DELIVERED_DATE, from, to),
        true);
    for (ClaimStatus c : CLAIMS) {
      checkpoint.run();
      addClaims(lines, claims(shop, c, from, to));
    }
    return new Fetched(lines.values());
  }

  /**
   * What {@link #fetchOrderNos} found.
   *
   * @param unknown the numbers Qoo10 knows no line of for this seller (-10002/-10003)
   */
  public record ByOrderNo(Fetched fetched, List<Long> unknown) {}

  /**
   * Fetches exactly the given lines, one GetShippingAndClaimInfoByOrderNo_V2 call each
   * (docs/qapi.md §5.3), and sorts them as {@link #fetch} would have: a line in one of the shop's
   * statuses may be created, any other only updates a known line, and a cancelled line counts as
   * its claim only (the status lists no longer show it). A number Qoo10 does not know is reported,
   * not an error: the numbers come from a notification mail, which anybody can forge.
   */
  public ByOrderNo fetchOrderNos(Shop shop, Collection<Long> orderNos, Runnable checkpoint) {
    Map<Long, IncomingLine> lines = new LinkedHashMap<>();
    List<Long> unknown = new ArrayList<>();
    for (long no : orderNos) {
      checkpoint.run();
      QapiResult<List<ShippingAndClaimInfoRow>> r =
          connections.call(shop.shopId(), s -> s.getShippingAndClaimInfo(String.valueOf(no)));
      if (r.code() == -10002 || r.code() == -10003) {
        unknown.add(no);
        continue;
      }
      if (!r.isSuccess()) {
        throw new HubException(
            "GetShippingAndClaimInfoByOrderNo_V2 for order "
                + no
                + " answered "
                + r.code()
                + " "
                + r.message());
      }
      r.value().stream()
          .map(row -> row.toView(ShippingStatus.ON_REQUEST))
          .filter(v -> v.orderNo() == no)
          .findFirst()
          .ifPresentOrElse(v -> lines.put(no, incoming(shop, v)), () -> unknown.add(no));
    }
    return new ByOrderNo(new Fetched(lines.values()), unknown);
  }

  private static IncomingLine incoming(Shop shop, OrderLineView v) {
    ClaimStatus claim = v.claim().status();
    if (claim != null && claim.isFinalCancellation()) {
      return new IncomingLine(v.orderNo(), null, false, v);
    }
    boolean creatable = shop.settings().statuses().contains(v.status().code());
    return new IncomingLine(v.orderNo(), v, creatable, claim == null ? null : v);
  }

  /** The second half of {@link #importOrders}: stores what {@link #fetch} found. */
  public ImportReport store(String shopId, Fetched fetched, Runnable checkpoint) {
    return storer.upsertAll(shopId, fetched.lines, checkpoint);
  }

  private List<OrderLineView> rows(
      Shop shop,
      ShippingStatus status,
      ShippingSearchCondition by,
      LocalDateTime from,
      LocalDateTime to) {
    ShippingQuery q = new ShippingQuery(status, from, to, by);
    QapiResult<List<ShippingInfoV3Row>> r =
        connections.call(shop.shopId(), seller -> seller.getShippingInfoV3(q));
    if (!r.isSuccess()) {
      throw new HubException(
          "GetShippingInfo_v3 for status "
              + status.code()
              + " answered "
              + r.code()
              + " "
              + r.message());
    }
    return r.value().stream().map(row -> row.toView(status)).toList();
  }

  private List<OrderLineView> claims(
      Shop shop, ClaimStatus status, LocalDateTime from, LocalDateTime to) {
    ClaimSearchCondition by =
        status.isFinalCancellation()
            ? ClaimSearchCondition.COMPLETED_DATE
            : ClaimSearchCondition.CLAIM_REQUEST_DATE;
    ClaimQuery q = new ClaimQuery(status, from, to, by);
    QapiResult<List<ClaimInfoRow>> r = connections.call(shop.shopId(), s -> s.getClaimInfo(q));
    if (!r.isSuccess()) {
      throw new HubException(
          "GetClaimInfo_V3 for claim "
              + status.code()
              + " answered "
              + r.code()
              + " "
              + r.message());
    }
    return r.value().stream()
        .map(row -> row.toView(ShippingStatus.ON_REQUEST))
        .filter(v -> v.claim().status() != null)
        .toList();
  }

  /** The same line under two statuses (it moved between calls): the later status wins. */
  private static void addRows(
      Map<Long, IncomingLine> lines, List<OrderLineView> views, boolean creatable) {
    for (OrderLineView v : views) {
      if (v.orderNo() <= 0) {
        continue; // a row without OrderNo cannot be kept apart from others
      }
      IncomingLine seen = lines.get(v.orderNo());
      if (seen == null || seen.view() == null || v.status().code() >= seen.view().status().code()) {
        boolean c = creatable || seen != null && seen.creatable();
        lines.put(
            v.orderNo(), new IncomingLine(v.orderNo(), v, c, seen == null ? null : seen.claim()));
      }
    }
  }

  /**
   * Several claims for one line: a completed cancellation outranks a request, a request a return.
   */
  private static void addClaims(Map<Long, IncomingLine> lines, List<OrderLineView> claims) {
    for (OrderLineView c : claims) {
      IncomingLine seen = lines.get(c.orderNo());
      if (seen == null) {
        lines.put(c.orderNo(), new IncomingLine(c.orderNo(), null, false, c));
      } else if (seen.claim() == null
          || rank(c.claim().status()) >= rank(seen.claim().claim().status())) {
        lines.put(c.orderNo(), new IncomingLine(c.orderNo(), seen.view(), seen.creatable(), c));
      }
    }
  }

  private static int rank(ClaimStatus c) {
    if (c.isFinalCancellation()) {
      return 3;
    }
    return Workflow.cancelPending(c) ? 2 : 1;
  }
}
