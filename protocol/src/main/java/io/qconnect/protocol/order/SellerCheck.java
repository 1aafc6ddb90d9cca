package io.qconnect.protocol.order;

import io.qconnect.protocol.wire.QapiDates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One order confirmation: SetSellerCheckYN_V2's parameters, and one element of
 * SetSellerCheckYNBulk's {@code SendPlanDtInfoJson} array (docs/qapi.md §5.4, 5.5).
 *
 * @param orderNo the order line to confirm
 * @param estShipDate the estimated shipping date, or null
 * @param delayType why shipping is late, or null
 * @param delayMemo up to 1000 characters, "" when none
 */
public record SellerCheck(
    String orderNo, LocalDate estShipDate, DelayType delayType, String delayMemo) {

  public SellerCheck {
    Objects.requireNonNull(orderNo, "orderNo");
    if (orderNo.isBlank()) {
      throw new IllegalArgumentException("orderNo is blank");
    }
    delayMemo = delayMemo == null ? "" : delayMemo;
    if (delayMemo.length() > 1000) {
      throw new IllegalArgumentException("DelayMemo is longer than 1000 characters");
    }
  }

  public static SellerCheck of(String orderNo, LocalDate estShipDate) {
    return new SellerCheck(orderNo, estShipDate, null, "");
  }

  /** The wire parameters in order: OrderNo, EstShipDt (yyyyMMdd), DelayType, DelayMemo. */
  public Map<String, String> wire() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("OrderNo", orderNo);
    m.put("EstShipDt", estShipDate == null ? "" : QapiDates.DATE.format(estShipDate));
    m.put("DelayType", delayType == null ? "" : Integer.toString(delayType.code()));
    m.put("DelayMemo", delayMemo);
    return m;
  }
}
