package io.qconnect.marketplace.order;

import io.qconnect.marketplace.order.JdbcOrderQueries.DateColumn;
import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.order.CancelReason;
import io.qconnect.protocol.order.ClaimInfoRow;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.time.LocalDate;

/**
 * The claim QAPI methods (docs/qapi.md §6): GetClaimInfo_V3 (and its older names),
 * SetCancelProcess, SetClaimAccept and SetClaimRedelivery. Registered by {@link OrderMethods}, with
 * its result codes.
 */
final class ClaimMethods implements QapiFeature {
  private final ClaimService claims;
  private final OrderQueries queries;
  private final OrderRows rows;

  ClaimMethods(ClaimService claims, OrderQueries queries, OrderRows rows) {
    this.claims = claims;
    this.queries = queries;
    this.rows = rows;
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(QapiMethod.GET_CLAIM_INFO_V3, this::claimInfo);
    t.register(QapiMethod.SET_CANCEL_PROCESS, this::cancel);
    // GetClaimInfo and _V2: parameters unknown; V3's parameters, rows and codes.
    t.register(QapiMethod.GET_CLAIM_INFO, c -> claimInfo(c, QapiMethod.GET_CLAIM_INFO));
    t.register(QapiMethod.GET_CLAIM_INFO_V2, c -> claimInfo(c, QapiMethod.GET_CLAIM_INFO_V2));
    t.register(QapiMethod.SET_CLAIM_ACCEPT, this::claimAccept);
    t.register(QapiMethod.SET_CLAIM_REDELIVERY, this::claimRedelivery);
  }

  private QapiResponse claimAccept(SellerCall c) {
    Long no = OrderMethods.number(c.text("orderNo"));
    if (no == null) {
      return Answers.fail(OrderCodes.BAD_ORDER, "Please check the orderNo.");
    }
    OrderOutcome o = claims.acceptExchange(c.sellerId(), no, address(c, "seller"));
    return Answers.fail(o.code(), o.message());
  }

  private QapiResponse claimRedelivery(SellerCall c) {
    Long no = OrderMethods.number(c.text("orderNo"));
    if (no == null) {
      return Answers.fail(OrderCodes.BAD_ORDER, "Please check the orderNo.");
    }
    java.time.LocalDateTime date = redeliveryDate(c.text("redelivery_date"));
    if (date == null) {
      return Answers.fail(
          OrderCodes.BAD_PARAMETER, "redelivery_date must be yyyy-MM-dd or yyyy-MM-dd HH:mm:ss.");
    }
    OrderOutcome o =
        claims.redeliver(
            c.sellerId(),
            no,
            date,
            c.text("del_comapny_name"),
            c.text("invoice_no"),
            address(c, "rcv"));
    return Answers.fail(o.code(), o.message());
  }

  private static Exchange.Address address(SellerCall c, String prefix) {
    return new Exchange.Address(
        c.text(prefix + "_name"),
        c.text(prefix + "_zip_code"),
        c.text(prefix + "_front_address"),
        c.text(prefix + "_back_address"),
        c.text(prefix + "_hp_no"),
        c.text(prefix + "_tel_no"));
  }

  private static final java.time.format.DateTimeFormatter REDELIVERY =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd[ HH:mm:ss]")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  /** yyyy-MM-dd or yyyy-MM-dd HH:mm:ss, an existing date and time; null otherwise. */
  static java.time.LocalDateTime redeliveryDate(String s) {
    if (!s.matches("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?")) {
      return null;
    }
    try {
      var t = REDELIVERY.parseBest(s, java.time.LocalDateTime::from, LocalDate::from);
      return t instanceof LocalDate d ? d.atStartOfDay() : (java.time.LocalDateTime) t;
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private QapiResponse claimInfo(SellerCall c) {
    return claimInfo(c, QapiMethod.GET_CLAIM_INFO_V3);
  }

  private QapiResponse claimInfo(SellerCall c, QapiMethod m) {
    String stat = c.text("ClaimStat");
    Integer claim =
        stat.isEmpty() ? null : ClaimStatus.parse(stat).map(ClaimStatus::code).orElse(-1);
    if (claim != null && claim < 0) {
      return Answers.failValue(m, OrderCodes.BAD_CLAIM_STAT, "Please check the ClaimStat.");
    }
    DateColumn by =
        switch (c.text("search_condition").isEmpty() ? "1" : c.text("search_condition")) {
          case "1" -> DateColumn.ORDER_DATE;
          case "2" -> DateColumn.CLAIM_REQUESTED;
          case "3" -> DateColumn.CLAIM_COMPLETED;
          default -> null;
        };
    if (by == null) {
      return Answers.failValue(
          m, OrderCodes.BAD_CLAIM_STAT, "Please check the search_condition (1..3).");
    }
    SearchRange r = SearchRange.parse(c.text("search_Sdate"), c.text("search_Edate"));
    if (r.error() != null) {
      return Answers.failValue(
          m, r.tooLong() ? OrderCodes.CLAIM_RANGE_TOO_LONG : OrderCodes.CLAIM_BAD_DATE, r.error());
    }
    return Answers.value(
        m,
        queries.claims(c.sellerId(), claim, by, r.from(), r.to()).stream()
            .map(p -> ClaimInfoRow.from(rows.view(p)))
            .toList());
  }

  private QapiResponse cancel(SellerCall c) {
    Long no = OrderMethods.number(c.text("ContrNo"));
    if (no == null) {
      return Answers.fail(OrderCodes.BAD_ORDER, "Please check the order number (ContrNo).");
    }
    CancelReason reason = CancelReason.parse(c.text("CancelReason")).orElse(null);
    if (reason == null) {
      return Answers.fail(OrderCodes.BAD_PARAMETER, "CancelReason must be blank, 1, 2 or 3.");
    }
    String memo = c.text("SellerMemo");
    if (memo.length() > 1000) {
      return Answers.fail(OrderCodes.BAD_PARAMETER, "SellerMemo is longer than 1000 characters.");
    }
    OrderOutcome o = claims.sellerCancel(c.sellerId(), no, reason, memo);
    return Answers.fail(o.code(), o.message());
  }
}
