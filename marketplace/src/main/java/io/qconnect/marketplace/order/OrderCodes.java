package io.qconnect.marketplace.order;

/**
 * The result codes of the order and claim methods, in one table. As with the catalogue, a code
 * means different things per method (docs/qapi.md §3.4), so the constants are named for their
 * meaning and grouped by the methods that answer them; several constants share a number.
 *
 * <ul>
 *   <li>GetShippingInfo_v2/v3: -10001 bad date, -10002 more than 90 days, -10003 bad
 *       ShippingStatus, -10004 bad SearchCondition (documented).
 *   <li>GetClaimInfo_V3: -10002 bad date, -10003 more than 90 days (documented, shifted by one
 *       against the shipping lookups), -10004 bad ClaimStat or search_condition.
 *   <li>GetShippingAndClaimInfoByOrderNo_V2: -10002 malformed OrderNo, -10003 unknown OrderNo.
 *   <li>SetSellerCheckYN(_V2/Bulk): -10001 not this seller's order or bad DelayType/Memo, -10012
 *       already confirmed, -10013 not in status 2, -10016 EstShipDt missing or malformed, -10017
 *       EstShipDt too far ahead, -10018 EstShipDt not after today.
 *   <li>SetSendingInfo(Bulk): -10001 not this seller's order, -10002 carrier or tracking number
 *       missing or too long, -10003 the status does not allow shipping.
 *   <li>SetCancelProcess and the claim actions: -10001 bad ContrNo or CancelReason, -10002 no
 *       order, -10003 another seller's order, -10004 the status does not allow the claim.
 *   <li>Bulk methods: -10011 more than {@link #BULK_LIMIT} rows; each row answers on its own.
 * </ul>
 */
public final class OrderCodes {
  // lookups
  public static final int BAD_DATE = -10001;
  public static final int RANGE_TOO_LONG = -10002;
  public static final int BAD_STATUS = -10003;
  public static final int BAD_SEARCH_CONDITION = -10004;
  public static final int CLAIM_BAD_DATE = -10002;
  public static final int CLAIM_RANGE_TOO_LONG = -10003;
  public static final int BAD_CLAIM_STAT = -10004;
  public static final int BAD_ORDER_NO_FORMAT = -10002;
  public static final int ORDER_NO_NOT_FOUND = -10003;

  // actions
  public static final int BAD_ORDER = -10001;
  public static final int BAD_PARAMETER = -10001;
  public static final int TOO_MANY_ROWS = -10011;
  public static final int ALREADY_CONFIRMED = -10012;
  public static final int NOT_AWAITING = -10013;
  public static final int EST_SHIP_DATE_FORMAT = -10016;
  public static final int EST_SHIP_DATE_TOO_LATE = -10017;
  public static final int EST_SHIP_DATE_NOT_FUTURE = -10018;
  public static final int SENDING_INFO_MISSING = -10002;
  public static final int CANNOT_SHIP = -10003;

  // claims
  public static final int NO_ORDER = -10002;
  public static final int OTHER_SELLER = -10003;
  public static final int CLAIM_NOT_ALLOWED = -10004;
  public static final int CANNOT_DELIVER = -10003;

  /** The most rows one bulk call takes. */
  public static final int BULK_LIMIT = 500;

  private OrderCodes() {}
}
