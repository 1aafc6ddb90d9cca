package io.qconnect.marketplace.order;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.marketplace.order.JdbcOrderQueries.DateColumn;
import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.order.DelayType;
import io.qconnect.protocol.order.SellerCheckBulkRow;
import io.qconnect.protocol.order.SendingBulkRow;
import io.qconnect.protocol.order.ShippingAndClaimInfoRow;
import io.qconnect.protocol.order.ShippingInfoV2Row;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiJson;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The order QAPI methods (docs/qapi.md §5 and 6). Business failures are answered as result codes:
 * for the lookups -10001 bad date, -10002 more than 90 days, -10003 bad status, -10004 bad search
 * condition (GetClaimInfo_V3 uses -10002 bad date and -10003 more than 90 days, as documented);
 * bulk methods take at most 500 rows (-10011) and answer per row. The claim methods are in {@link
 * ClaimMethods}.
 */
public final class OrderMethods implements QapiFeature {
  private final OrderService orders;
  private final ClaimService claims;
  private final OrderQueries queries;
  private final OrderRows rows;

  public OrderMethods(
      OrderService orders,
      ClaimService claims,
      OrderQueries queries,
      JapaneseBusinessCalendar calendar) {
    this.orders = orders;
    this.claims = claims;
    this.queries = queries;
    this.rows = new OrderRows(calendar);
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(
        QapiMethod.GET_SHIPPING_INFO_V3, c -> shipping(c, QapiMethod.GET_SHIPPING_INFO_V3, V3));
    t.register(
        QapiMethod.GET_SHIPPING_INFO_V2, c -> shipping(c, QapiMethod.GET_SHIPPING_INFO_V2, V2));
    t.register(QapiMethod.GET_SHIPPING_AND_CLAIM_INFO_BY_ORDER_NO_V2, this::byOrderNo);
    t.register(QapiMethod.SET_SELLER_CHECK_YN_V2, this::sellerCheck);
    t.register(QapiMethod.SET_SELLER_CHECK_YN_BULK, this::sellerCheckBulk);
    t.register(QapiMethod.SET_SENDING_INFO, this::sending);
    t.register(QapiMethod.SET_SENDING_INFO_BULK, this::sendingBulk);
    // GetShippingInfo (v1) takes v2's parameters and answers v2's rows (docs/qapi-parity.md).
    t.register(QapiMethod.GET_SHIPPING_INFO, c -> shipping(c, QapiMethod.GET_SHIPPING_INFO, V2));
    t.register(QapiMethod.GET_SHIPPING_INFO_LOGISTICS, this::logistics);
    t.register(QapiMethod.SET_SENDING_COMPLETE, this::sendingComplete);
    new ClaimMethods(claims, queries, rows).registerIn(t);
  }

  /**
   * GetShippingInfo_Logistics: v3 with ReceiverInfoEditYN. Y asks for the orders whose receiver was
   * edited after ordering; the marketplace offers no such edit, so Y finds none.
   */
  private QapiResponse logistics(SellerCall c) {
    QapiMethod m = QapiMethod.GET_SHIPPING_INFO_LOGISTICS;
    String edited = c.text("ReceiverInfoEditYN").toUpperCase(java.util.Locale.ROOT);
    if (!edited.isEmpty() && !edited.equals("Y") && !edited.equals("N")) {
      return Answers.failValue(m, OrderCodes.BAD_PARAMETER, "ReceiverInfoEditYN must be Y or N.");
    }
    QapiResponse r = shipping(c, m, V3);
    return edited.equals("Y") && r.codeOrNull() != null && r.codeOrNull() == 0
        ? Answers.value(m, List.of())
        : r;
  }

  private QapiResponse sendingComplete(SellerCall c) {
    Long no = number(c.text("OrderNo"));
    if (no == null) {
      return Answers.fail(OrderCodes.BAD_ORDER, "Please check the OrderNo.");
    }
    OrderOutcome o = orders.sendingComplete(c.sellerId(), no);
    return Answers.fail(o.code(), o.message());
  }

  /** The parameter names of one GetShippingInfo version. */
  private record Names(String status, String start, String end, String condition, boolean v3) {}

  private static final Names V3 =
      new Names("ShippingStatus", "SearchStartDate", "SearchEndDate", "SearchCondition", true);
  private static final Names V2 =
      new Names("ShippingStat", "search_Sdate", "search_Edate", "search_condition", false);

  private QapiResponse shipping(SellerCall c, QapiMethod m, Names n) {
    List<Integer> statuses = statuses(c.text(n.status()));
    if (statuses == null) {
      return Answers.failValue(m, OrderCodes.BAD_STATUS, "Please check the ShippingStatus (1..5).");
    }
    DateColumn by = shippingCondition(c.text(n.condition()));
    if (by == null) {
      return Answers.failValue(
          m, OrderCodes.BAD_SEARCH_CONDITION, "Please check the SearchCondition (1..4).");
    }
    SearchRange r = SearchRange.parse(c.text(n.start()), c.text(n.end()));
    if (r.error() != null) {
      return Answers.failValue(
          m, r.tooLong() ? OrderCodes.RANGE_TOO_LONG : OrderCodes.BAD_DATE, r.error());
    }
    if (beyondFirstPage(c)) {
      return Answers.value(m, List.of());
    }
    List<PlacedLine> found = queries.lines(c.sellerId(), statuses, by, r.from(), r.to());
    return Answers.value(
        m,
        found.stream()
            .map(
                p ->
                    n.v3()
                        ? (Object) ShippingInfoV3Row.from(rows.view(p))
                        : ShippingInfoV2Row.from(rows.view(p)))
            .toList());
  }

  /**
   * The order lists have no paging: every row comes on the first page, and a {@code Page} above 1
   * is an empty answer (docs/qapi.md §10), so a client that pages until a short page stops. A
   * {@code Page} that is not a number is ignored, as the parameter does not exist.
   */
  public static boolean beyondFirstPage(SellerCall c) {
    String page = c.text("Page");
    return page.matches("\\d{1,9}") && Integer.parseInt(page) > 1;
  }

  private static List<Integer> statuses(String s) {
    if (s.isEmpty() || s.equals("0")) {
      return List.of(1, 2, 3);
    }
    return s.matches("[1-5]") ? List.of(Integer.parseInt(s)) : null;
  }

  private static DateColumn shippingCondition(String s) {
    return switch (s.isEmpty() ? "1" : s) {
      case "1" -> DateColumn.ORDER_DATE;
      case "2" -> DateColumn.PAYMENT_DATE;
      case "3" -> DateColumn.SHIPPING_DATE;
      case "4" -> DateColumn.DELIVERED_DATE;
      default -> null;
    };
  }

  private QapiResponse byOrderNo(SellerCall c) {
    QapiMethod m = QapiMethod.GET_SHIPPING_AND_CLAIM_INFO_BY_ORDER_NO_V2;
    Long orderNo = number(c.text("OrderNo"));
    if (orderNo == null) {
      return Answers.failValue(
          m, OrderCodes.BAD_ORDER_NO_FORMAT, "Please check the OrderNo format.");
    }
    return queries
        .line(c.sellerId(), orderNo)
        .map(p -> Answers.value(m, List.of(ShippingAndClaimInfoRow.from(rows.view(p)))))
        .orElseGet(() -> Answers.failValue(m, OrderCodes.ORDER_NO_NOT_FOUND, "OrderNo not found."));
  }

  private QapiResponse sellerCheck(SellerCall c) {
    OrderOutcome o =
        confirm(
            c.sellerId(),
            c.text("OrderNo"),
            c.text("EstShipDt"),
            c.text("DelayType"),
            c.text("DelayMemo"),
            false);
    return Answers.fail(o.code(), o.message());
  }

  private OrderOutcome confirm(
      String sellerId, String orderNo, String est, String delay, String memo, boolean bulk) {
    Long no = number(orderNo);
    if (no == null) {
      return new OrderOutcome(OrderCodes.BAD_ORDER, "Please check the OrderNo.");
    }
    LocalDate date = null;
    if (!est.isEmpty()) {
      try {
        date = QapiDates.parseDate(est);
      } catch (IllegalArgumentException e) {
        return new OrderOutcome(
            OrderCodes.EST_SHIP_DATE_FORMAT, "EstShipDt must be a yyyyMMdd date.");
      }
    }
    if (!delay.isEmpty()
        && (!delay.matches("\\d") || DelayType.fromCode(Integer.parseInt(delay)).isEmpty())) {
      return new OrderOutcome(OrderCodes.BAD_PARAMETER, "DelayType must be 1, 2, 3 or 4.");
    }
    if (memo.length() > 1000) {
      return new OrderOutcome(
          OrderCodes.BAD_PARAMETER, "DelayMemo is longer than 1000 characters.");
    }
    return orders.confirm(sellerId, no, date, delay, memo, bulk);
  }

  private QapiResponse sellerCheckBulk(SellerCall c) {
    QapiMethod m = QapiMethod.SET_SELLER_CHECK_YN_BULK;
    JsonNode arr = jsonArray(c.text("SendPlanDtInfoJson"));
    if (arr == null) {
      return Answers.failValue(
          m, OrderCodes.BAD_PARAMETER, "SendPlanDtInfoJson must be a JSON array.");
    }
    if (arr.size() > OrderCodes.BULK_LIMIT) {
      return Answers.failValue(
          m, OrderCodes.TOO_MANY_ROWS, "Up to 500 orders can be processed at once.");
    }
    List<SellerCheckBulkRow> out = new ArrayList<>();
    for (JsonNode n : arr) {
      String no = n.path("OrderNo").asText("");
      OrderOutcome o =
          confirm(
              c.sellerId(),
              no,
              n.path("EstShipDt").asText(""),
              n.path("DelayType").asText(""),
              n.path("DelayMemo").asText(""),
              true);
      out.add(SellerCheckBulkRow.of(no, o.code(), o.message()));
    }
    return Answers.value(m, out);
  }

  private QapiResponse sending(SellerCall c) {
    Long no = number(c.text("OrderNo"));
    if (no == null) {
      return Answers.fail(OrderCodes.BAD_ORDER, "Please check the OrderNo.");
    }
    OrderOutcome o = orders.ship(c.sellerId(), no, c.text("ShippingCorp"), c.text("TrackingNo"));
    return Answers.fail(o.code(), o.message());
  }

  private QapiResponse sendingBulk(SellerCall c) {
    QapiMethod m = QapiMethod.SET_SENDING_INFO_BULK;
    JsonNode arr = jsonArray(c.text("ShippingInfoJson"));
    if (arr == null) {
      return Answers.failValue(
          m, OrderCodes.BAD_PARAMETER, "ShippingInfoJson must be a JSON array.");
    }
    if (arr.size() > OrderCodes.BULK_LIMIT) {
      return Answers.failValue(
          m, OrderCodes.TOO_MANY_ROWS, "Up to 500 orders can be processed at once.");
    }
    List<SendingBulkRow> out = new ArrayList<>();
    for (JsonNode n : arr) {
      String no = n.path("OrderNo").asText("");
      String corp = n.path("ShippingCorp").asText("");
      Long orderNo = number(no);
      OrderOutcome o =
          orderNo == null
              ? new OrderOutcome(OrderCodes.BAD_ORDER, "Please check the OrderNo.")
              : orders.ship(c.sellerId(), orderNo, corp, n.path("TrackingNo").asText(""));
      out.add(SendingBulkRow.of(no, corp, o.code(), o.message()));
    }
    return Answers.value(m, out);
  }

  /** A QAPI order number: up to 18 digits; null otherwise. */
  static Long number(String s) {
    return s.matches("\\d{1,18}") ? Long.parseLong(s) : null;
  }

  private static JsonNode jsonArray(String text) {
    try {
      JsonNode n = QapiJson.mapper().readTree(text);
      return n != null && n.isArray() ? n : null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return null;
    }
  }
}
