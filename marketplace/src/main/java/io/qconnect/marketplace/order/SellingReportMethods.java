package io.qconnect.marketplace.order;

import io.qconnect.marketplace.order.JdbcOrderQueries.DateColumn;
import io.qconnect.marketplace.qapi.Answers;
import io.qconnect.marketplace.qapi.MethodTable;
import io.qconnect.marketplace.qapi.QapiFeature;
import io.qconnect.marketplace.qapi.SellerCall;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settlement lookups GetSellingReportDetailList, GetSellingReportDeliveryFeeDetailList and
 * GetSellingReportDiscountFeeDetailList (docs/qapi.md §5.9; docs/qapi-parity.md), computed from the
 * marketplace's own order lines: what each paid line sold for, the Qoo10 service fee (the sale less
 * the seller discount less the settlement), the discounts, and each cart's shipping fee.
 *
 * <p>Parameters as the reference gives them: SearchCondition 1 buyer payment date (default) or 2
 * shipping date; Search_Sdate and Search_Edate {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss},
 * at most 90 days apart; CartNo (a PackNo) optional; Currency JPY or blank. The real service
 * answers a raw XML document whose schema is unpublished; the marketplace answers its rows in the
 * usual envelope, as every other list method. Codes: -10001 bad SearchCondition, Currency or
 * CartNo, -10002 bad dates, -10003 more than 90 days.
 */
public final class SellingReportMethods implements QapiFeature {
  private static final DateTimeFormatter BOUND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd[ HH:mm:ss]").withResolverStyle(ResolverStyle.STRICT);

  private final OrderQueries queries;

  public SellingReportMethods(OrderQueries queries) {
    this.queries = queries;
  }

  @Override
  public void registerIn(MethodTable t) {
    t.register(
            QapiMethod.GET_SELLING_REPORT_DETAIL_LIST,
            c -> report(c, QapiMethod.GET_SELLING_REPORT_DETAIL_LIST))
        .register(
            QapiMethod.GET_SELLING_REPORT_DELIVERY_FEE_DETAIL_LIST,
            c -> report(c, QapiMethod.GET_SELLING_REPORT_DELIVERY_FEE_DETAIL_LIST))
        .register(
            QapiMethod.GET_SELLING_REPORT_DISCOUNT_FEE_DETAIL_LIST,
            c -> report(c, QapiMethod.GET_SELLING_REPORT_DISCOUNT_FEE_DETAIL_LIST));
  }

  private QapiResponse report(SellerCall c, QapiMethod m) {
    String cond = c.text("SearchCondition");
    if (!cond.isEmpty() && !cond.matches("[12]")) {
      return Answers.failValue(m, -10001, "SearchCondition must be 1 (payment) or 2 (shipping).");
    }
    String currency = c.text("Currency");
    if (!currency.isEmpty() && !currency.equalsIgnoreCase("JPY")) {
      return Answers.failValue(m, -10001, "Currency must be JPY.");
    }
    String cart = c.text("CartNo");
    if (!cart.isEmpty() && !cart.matches("\\d{1,18}")) {
      return Answers.failValue(m, -10001, "CartNo must be a cart number (PackNo).");
    }
    LocalDateTime from = bound(c.text("Search_Sdate"), false);
    LocalDateTime to = bound(c.text("Search_Edate"), true);
    if (from == null || to == null || to.isBefore(from)) {
      return Answers.failValue(
          m, -10002, "Search_Sdate and Search_Edate must be yyyy-MM-dd or yyyy-MM-dd HH:mm:ss.");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(90).plusSeconds(1)) > 0) {
      return Answers.failValue(m, -10003, "Searching period exceeds to 90 days.");
    }
    boolean byShipping = cond.equals("2");
    List<PlacedLine> lines =
        queries.lines(
            c.sellerId(),
            byShipping ? List.of(4, 5) : List.of(2, 3, 4, 5),
            byShipping ? DateColumn.SHIPPING_DATE : DateColumn.PAYMENT_DATE,
            from,
            to);
    if (!cart.isEmpty()) {
      long pack = Long.parseLong(cart);
      lines = lines.stream().filter(p -> p.line().packNo() == pack).toList();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    if (m == QapiMethod.GET_SELLING_REPORT_DELIVERY_FEE_DETAIL_LIST) {
      Set<Long> seen = new LinkedHashSet<>();
      for (PlacedLine p : lines) {
        if (seen.add(p.cart().packNo())) {
          rows.add(deliveryFee(p));
        }
      }
    } else {
      for (PlacedLine p : lines) {
        boolean discounted = p.line().discount() > 0 || p.line().sellerDiscount() > 0;
        if (m == QapiMethod.GET_SELLING_REPORT_DETAIL_LIST) {
          rows.add(detail(p));
        } else if (discounted) {
          rows.add(discount(p));
        }
      }
    }
    return Answers.value(m, rows);
  }

  private static Map<String, Object> head(PlacedLine p) {
    OrderLine l = p.line();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("CartNo", l.packNo());
    r.put("OrderNo", l.orderNo());
    r.put("PaymentDate", date(l.paymentDate()));
    r.put("ShippingDate", date(l.shippingDate()));
    return r;
  }

  private static Map<String, Object> detail(PlacedLine p) {
    OrderLine l = p.line();
    long sale = l.unitPrice() * l.qty();
    Map<String, Object> r = head(p);
    r.put("ItemCode", l.itemCode());
    r.put("SellerItemCode", l.sellerItemCode());
    r.put("ItemTitle", l.itemTitle());
    r.put("Option", l.optionLabel());
    r.put("OrderQty", l.qty());
    r.put("SellPrice", sale);
    r.put("SellerDiscount", l.sellerDiscount());
    r.put("Qoo10Discount", l.discount());
    r.put("ServiceFee", Math.max(0, sale - l.sellerDiscount() - l.settlePrice()));
    r.put("SettlePrice", l.settlePrice());
    r.put("Currency", "JPY");
    return r;
  }

  private static Map<String, Object> deliveryFee(PlacedLine p) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("CartNo", p.cart().packNo());
    r.put("PaymentDate", date(p.line().paymentDate()));
    r.put("ShippingDate", date(p.line().shippingDate()));
    r.put("ShippingRateType", p.cart().shippingRateType());
    r.put("ShippingFee", p.cart().shippingFee());
    r.put("Currency", "JPY");
    return r;
  }

  private static Map<String, Object> discount(PlacedLine p) {
    Map<String, Object> r = head(p);
    r.put("SellerDiscount", p.line().sellerDiscount());
    r.put("Qoo10Discount", p.line().discount());
    r.put("Currency", "JPY");
    return r;
  }

  private static String date(LocalDateTime t) {
    return t == null ? "" : QapiDates.wire(t.withNano(0));
  }

  /** yyyy-MM-dd (the whole day) or yyyy-MM-dd HH:mm:ss; null when neither or impossible. */
  static LocalDateTime bound(String s, boolean end) {
    if (!s.matches("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}:\\d{2})?")) {
      return null;
    }
    try {
      var t = BOUND.parseBest(s, LocalDateTime::from, LocalDate::from);
      if (t instanceof LocalDate d) {
        return end ? d.atTime(23, 59, 59, 999_999_999) : d.atStartOfDay();
      }
      return (LocalDateTime) t;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
