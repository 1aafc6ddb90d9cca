package io.qconnect.hub.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.qconnect.protocol.order.Claim;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.Delivery;
import io.qconnect.protocol.order.LineItem;
import io.qconnect.protocol.order.OrderLineView;
import io.qconnect.protocol.order.Progress;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.wire.QapiJson;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns what Qoo10 sent into the stored line, and says what changed. Pure: no database, no clock.
 *
 * <p>Status lists never move a line backwards, an empty tracking number or date never erases a
 * known one, and a claim once seen stays until a newer one replaces it.
 */
final class LineMerge {
  /**
   * Writes a row as {@code detail}: as its JSON tree would be written, without the fields kept in
   * their own columns ({@link DetailFields}), so that it changes only with data.
   */
  private static final ObjectWriter DETAIL =
      QapiJson.treeLike()
          .copy()
          .addMixIn(ShippingInfoV3Row.class, DetailFields.class)
          .writerFor(ShippingInfoV3Row.class);

  /**
   * Fields kept in their own columns, left out of {@code detail}; written by the bean serializer,
   * which honours that (not the row's own field-by-field writer).
   */
  @JsonSerialize(using = JsonSerializer.None.class)
  @JsonIgnoreProperties({
    "ShippingStatus",
    "EstimatedShippingDate",
    "ShippingDate",
    "DeliveredDate",
    "DeliveryCompany",
    "TrackingNo"
  })
  private interface DetailFields {}

  private LineMerge() {}

  /**
   * A line seen for the first time; one that Qoo10 shows new takes the shop's {@code storage}
   * status (R72).
   */
  static LineRecord fresh(String shopId, IncomingLine in, Instant now, HubStatus storage) {
    OrderLineView v = Objects.requireNonNull(in.view(), "view");
    Progress p = v.progress();
    LineItem i = v.item();
    ClaimStatus claim = in.claim() == null ? null : in.claim().claim().status();
    OrderLine line =
        new OrderLine(
            shopId,
            v.orderNo(),
            v.key().packNo(),
            v.key().relatedOrder(),
            p.status(),
            claim,
            Workflow.stored(Workflow.next(null, p.status(), claim), storage),
            p.orderDate(),
            p.paymentDate(),
            p.estimatedShippingDate(),
            p.shippingDate(),
            p.deliveredDate(),
            claimDate(in.claim(), null),
            in.claim() == null ? "" : in.claim().claim().reason(),
            i.itemCode(),
            i.sellerItemCode(),
            i.itemTitle(),
            i.option(),
            i.optionCode(),
            i.orderQty(),
            v.amounts().total(),
            v.delivery().deliveryCompany(),
            v.delivery().trackingNo(),
            Confirmation.NONE,
            now,
            now,
            1);
    return new LineRecord(line, detail(v));
  }

  /** A known line after this run's news, with the same version and time stamps. */
  static LineRecord merged(LineRecord current, IncomingLine in) {
    return merged(current, in, in.view() == null ? null : detail(in.view()));
  }

  /** The same, with the {@link #detail} of {@code in}'s view already worked out. */
  static LineRecord merged(LineRecord current, IncomingLine in, String detail) {
    OrderLine c = current.line();
    OrderLineView v = in.view();
    ShippingStatus qoo10 =
        v == null || v.status().code() < c.qoo10Status().code() ? c.qoo10Status() : v.status();
    ClaimStatus claim = in.claim() == null ? c.claimStatus() : in.claim().claim().status();
    Progress p = v == null ? null : v.progress();
    LineItem i = v == null ? null : v.item();
    Delivery d = v == null ? Delivery.NONE : v.delivery();
    OrderLine line =
        new OrderLine(
            c.shopId(),
            c.orderNo(),
            v == null ? c.packNo() : v.key().packNo(),
            v == null ? c.relatedOrder() : v.key().relatedOrder(),
            qoo10,
            claim,
            Workflow.next(c.hubStatus(), qoo10, claim),
            keep(p == null ? null : p.orderDate(), c.orderDate()),
            keep(p == null ? null : p.paymentDate(), c.paymentDate()),
            keep(p == null ? null : p.estimatedShippingDate(), c.estShipDate()),
            keep(p == null ? null : p.shippingDate(), c.shippingDate()),
            keep(p == null ? null : p.deliveredDate(), c.deliveredDate()),
            claimDate(in.claim(), c.claimDate()),
            in.claim() == null ? c.claimReason() : in.claim().claim().reason(),
            i == null ? c.itemCode() : i.itemCode(),
            i == null ? c.sellerItemCode() : i.sellerItemCode(),
            i == null ? c.itemTitle() : i.itemTitle(),
            i == null ? c.option() : i.option(),
            i == null ? c.optionCode() : i.optionCode(),
            i == null ? c.qty() : i.orderQty(),
            v == null ? c.total() : v.amounts().total(),
            keep(d.deliveryCompany(), c.carrier()),
            keep(d.trackingNo(), c.trackingNo()),
            c.confirmation(),
            c.firstSeenAt(),
            c.updatedAt(),
            c.version());
    return new LineRecord(line, v == null ? current.detail() : detail);
  }

  /** What differs between two versions of a line, as history rows. */
  static List<HistoryEntry> changes(LineRecord before, LineRecord after, Instant now) {
    OrderLine a = before.line();
    OrderLine b = after.line();
    long no = a.orderNo();
    List<HistoryEntry> out = new ArrayList<>();
    if (a.qoo10Status() != b.qoo10Status()) {
      out.add(
          entry(
              no, now, HistoryKind.QOO10_STATUS, a.qoo10Status().label(), b.qoo10Status().label()));
    }
    if (a.claimStatus() != b.claimStatus()) {
      out.add(
          new HistoryEntry(
              no,
              now,
              HistoryKind.CLAIM,
              claim(a.claimStatus()),
              claim(b.claimStatus()),
              b.claimReason()));
    }
    if (a.hubStatus() != b.hubStatus()) {
      out.add(entry(no, now, HistoryKind.HUB_STATUS, a.hubStatus().name(), b.hubStatus().name()));
    }
    if (!tracking(a).equals(tracking(b))) {
      out.add(entry(no, now, HistoryKind.TRACKING, tracking(a), tracking(b)));
    }
    if (!Objects.equals(a.estShipDate(), b.estShipDate())) {
      out.add(
          entry(no, now, HistoryKind.EST_SHIP_DATE, text(a.estShipDate()), text(b.estShipDate())));
    }
    if (!before.detail().equals(after.detail()) || a.packNo() != b.packNo()) {
      out.add(new HistoryEntry(no, now, HistoryKind.DETAIL, "", "", "order data changed on Qoo10"));
    }
    return out;
  }

  /**
   * A line's first history entry: it was imported at {@code at} in these statuses. Not stored as a
   * history row: the line's row keeps its first statuses and first-seen time (one row fewer per
   * imported line), and {@link JdbcOrderHistoryStore} puts the entry first when it reads.
   */
  static HistoryEntry imported(
      long orderNo, Instant at, HubStatus hub, ShippingStatus qoo10, ClaimStatus claim) {
    return new HistoryEntry(
        orderNo,
        at,
        HistoryKind.IMPORTED,
        "",
        hub.name(),
        "Qoo10 "
            + qoo10.label()
            + (shippedBySeller(qoo10) ? ", shipped by the seller on Qoo10" : "")
            + (claim == null ? "" : ", claim " + claim(claim)));
  }

  /**
   * A line first seen already shipped or delivered: the seller confirmed and shipped it in QSM
   * between two runs, so the hub imports it as it is (never confirming or shipping it again).
   */
  static boolean shippedBySeller(ShippingStatus firstSeen) {
    return firstSeen.code() >= ShippingStatus.ON_DELIVERY.code();
  }

  /** The Qoo10 row as JSON, without the fields that have columns of their own. */
  static String detail(OrderLineView v) {
    try {
      return DETAIL.writeValueAsString(ShippingInfoV3Row.from(v));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the detail of order " + v.orderNo(), e);
    }
  }

  private static LocalDateTime claimDate(OrderLineView line, LocalDateTime current) {
    if (line == null) {
      return current;
    }
    Claim claim = line.claim();
    return claim.cancelRefundDate() != null ? claim.cancelRefundDate() : claim.requestDate();
  }

  private static HistoryEntry entry(long no, Instant at, HistoryKind k, String from, String to) {
    return new HistoryEntry(no, at, k, from, to, "");
  }

  private static <T> T keep(T incoming, T current) {
    return incoming == null ? current : incoming;
  }

  private static String keep(String incoming, String current) {
    return incoming == null || incoming.isBlank() ? current : incoming;
  }

  private static String tracking(OrderLine l) {
    return (l.carrier() + " " + l.trackingNo()).trim();
  }

  private static String claim(ClaimStatus c) {
    return c == null ? "" : c.code() + " " + c.en();
  }

  private static String text(LocalDateTime t) {
    return t == null ? "" : t.toString();
  }
}
