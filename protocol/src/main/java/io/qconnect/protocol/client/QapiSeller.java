package io.qconnect.protocol.client;

import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.InventoryInfoFormat;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.item.OptionQty;
import io.qconnect.protocol.item.PriceQty;
import io.qconnect.protocol.item.PriceQtyBulkRow;
import io.qconnect.protocol.order.CancelReason;
import io.qconnect.protocol.order.ClaimInfoRow;
import io.qconnect.protocol.order.SellerCheck;
import io.qconnect.protocol.order.SellerCheckBulkRow;
import io.qconnect.protocol.order.Sending;
import io.qconnect.protocol.order.SendingBulkRow;
import io.qconnect.protocol.order.ShippingAndClaimInfoRow;
import io.qconnect.protocol.order.ShippingInfoV2Row;
import io.qconnect.protocol.order.ShippingInfoV3Row;
import io.qconnect.protocol.wire.QapiDates;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The typed QAPI calls for one seller, made with that seller's certification key. Ranges longer
 * than 90 days are split into several calls and merged (rows de-duplicated by order number); bulk
 * writes are sent in chunks of at most 500 rows.
 */
public final class QapiSeller {
  /** The largest number of rows one bulk call may carry. */
  public static final int BULK_LIMIT = 500;

  private final QapiClient client;
  private final CertificationKey key;
  private final SplitCalls split = new SplitCalls(this::call);

  QapiSeller(QapiClient client, CertificationKey key) {
    this.client = client;
    this.key = Objects.requireNonNull(key, "key");
  }

  public CertificationKey key() {
    return key;
  }

  /** ShippingBasic.GetShippingInfo_v3 over the whole range, one status per call. */
  public QapiResult<List<ShippingInfoV3Row>> getShippingInfoV3(ShippingQuery q) {
    return split.windowed(
        QapiMethod.GET_SHIPPING_INFO_V3,
        q.from(),
        q.to(),
        w ->
            QapiParams.builder()
                .add("ShippingStatus", q.status() == null ? "" : code(q.status().code()))
                .add("SearchStartDate", QapiDates.DATE_TIME.format(w.from()))
                .add("SearchEndDate", QapiDates.DATE_TIME.format(w.to()))
                .add("SearchCondition", code(q.condition().code()))
                .build(),
        ShippingInfoV3Row.class,
        row -> String.valueOf(row.orderNo()));
  }

  /** ShippingBasic.GetShippingInfo_v2 over the whole range, one status per call. */
  public QapiResult<List<ShippingInfoV2Row>> getShippingInfoV2(ShippingQuery q) {
    return split.windowed(
        QapiMethod.GET_SHIPPING_INFO_V2,
        q.from(),
        q.to(),
        w ->
            QapiParams.builder()
                .add("ShippingStat", q.status() == null ? "" : code(q.status().code()))
                .add("search_Sdate", QapiDates.DATE_TIME.format(w.from()))
                .add("search_Edate", QapiDates.DATE_TIME.format(w.to()))
                .add("search_condition", code(q.condition().code()))
                .build(),
        ShippingInfoV2Row.class,
        row -> String.valueOf(row.orderNo()));
  }

  /** ShippingBasic.GetShippingAndClaimInfoByOrderNo_V2: one order line with its claim. */
  public QapiResult<List<ShippingAndClaimInfoRow>> getShippingAndClaimInfo(String orderNo) {
    QapiMethod m = QapiMethod.GET_SHIPPING_AND_CLAIM_INFO_BY_ORDER_NO_V2;
    QapiResponse r = call(m, QapiParams.builder().add("OrderNo", orderNo).build());
    return Results.list(m, r, ShippingAndClaimInfoRow.class);
  }

  /** ShippingBasic.SetSellerCheckYN_V2: confirms one line (status 2 to 3). */
  public QapiResult<Void> setSellerCheck(SellerCheck check) {
    QapiMethod m = QapiMethod.SET_SELLER_CHECK_YN_V2;
    return Results.std(m, call(m, QapiParams.of(check.wire())));
  }

  /** ShippingBasic.SetSellerCheckYNBulk, in chunks of 500, with every row's result. */
  public BulkResult<SellerCheckBulkRow> setSellerCheckBulk(List<SellerCheck> checks) {
    return split.bulk(
        QapiMethod.SET_SELLER_CHECK_YN_BULK,
        "SendPlanDtInfoJson",
        checks,
        SellerCheck::wire,
        SellerCheckBulkRow.class);
  }

  /** ShippingBasic.SetSendingInfo: registers carrier and tracking (status 2 or 3 to 4). */
  public QapiResult<Void> setSendingInfo(Sending sending) {
    QapiMethod m = QapiMethod.SET_SENDING_INFO;
    QapiParams p =
        QapiParams.builder()
            .add("OrderNo", sending.orderNo())
            .add("ShippingCorp", sending.shippingCorp())
            .add("TrackingNo", sending.trackingNo())
            .build();
    return Results.std(m, call(m, p));
  }

  /** ShippingBasic.SetSendingInfoBulk, in chunks of 500, with every row's result. */
  public BulkResult<SendingBulkRow> setSendingInfoBulk(List<Sending> sendings) {
    return split.bulk(
        QapiMethod.SET_SENDING_INFO_BULK,
        "ShippingInfoJson",
        sendings,
        s -> s,
        SendingBulkRow.class);
  }

  /** ShippingBasic.GetClaimInfo_V3 over the whole range. */
  public QapiResult<List<ClaimInfoRow>> getClaimInfo(ClaimQuery q) {
    return split.windowed(
        QapiMethod.GET_CLAIM_INFO_V3,
        q.from(),
        q.to(),
        w ->
            QapiParams.builder()
                .add("ClaimStat", q.status() == null ? "" : code(q.status().code()))
                .add("search_Sdate", QapiDates.DATE_TIME.format(w.from()))
                .add("search_Edate", QapiDates.DATE_TIME.format(w.to()))
                .add("search_condition", code(q.condition().code()))
                .build(),
        ClaimInfoRow.class,
        row -> row.orderNo() + "/" + row.claimStatus());
  }

  /** Claim.SetCancelProcess: the seller cancels a line; its stock returns. */
  public QapiResult<Void> setCancelProcess(String orderNo, CancelReason reason, String memo) {
    QapiMethod m = QapiMethod.SET_CANCEL_PROCESS;
    QapiParams p =
        QapiParams.builder()
            .add("ContrNo", orderNo)
            .add("CancelReason", reason.wire())
            .add("SellerMemo", memo == null ? "" : memo)
            .build();
    return Results.std(m, call(m, p));
  }

  /** ItemsLookup.GetAllGoodsInfo: one page (from 1) of at most 500 items. */
  public QapiResult<GoodsInfoList> getAllGoodsInfo(ItemStatus status, int page) {
    QapiMethod m = QapiMethod.GET_ALL_GOODS_INFO;
    QapiParams p =
        QapiParams.builder()
            .add("ItemStatus", status.code())
            .add("Page", Integer.toString(page))
            .build();
    return Results.object(m, call(m, p), GoodsInfoList.class);
  }

  /** Every item of a status, all pages. */
  public QapiResult<List<GoodsInfoList.Item>> getAllGoods(ItemStatus status) {
    List<GoodsInfoList.Item> items = new ArrayList<>();
    int page = 1;
    while (true) {
      QapiResult<GoodsInfoList> r = getAllGoodsInfo(status, page);
      if (!r.isSuccess()) {
        return new QapiResult<>(r.method(), r.code(), r.message(), List.copyOf(items));
      }
      items.addAll(r.value().items());
      if (page >= r.value().totalPages() || r.value().items().isEmpty()) {
        return new QapiResult<>(r.method(), r.code(), r.message(), List.copyOf(items));
      }
      page++;
    }
  }

  /** ItemsLookup.GetItemDetailInfo by item code or seller code. */
  public QapiResult<List<ItemDetailRow>> getItemDetailInfo(String itemCode, String sellerCode) {
    QapiMethod m = QapiMethod.GET_ITEM_DETAIL_INFO;
    return Results.list(m, call(m, itemParams(itemCode, sellerCode).build()), ItemDetailRow.class);
  }

  /** ItemsLookup.GetGoodsInventoryInfo: the item's combination options and stock. */
  public QapiResult<List<InventoryRow>> getGoodsInventoryInfo(String itemCode, String sellerCode) {
    QapiMethod m = QapiMethod.GET_GOODS_INVENTORY_INFO;
    return Results.list(m, call(m, itemParams(itemCode, sellerCode).build()), InventoryRow.class);
  }

  /** ItemsOrder.SetGoodsPriceQty: price and quantity of a single-SKU item. */
  public QapiResult<Void> setGoodsPriceQty(PriceQty pq) {
    QapiMethod m = QapiMethod.SET_GOODS_PRICE_QTY;
    return Results.std(m, call(m, QapiParams.of(pq.wire())));
  }

  /** ItemsOrder.SetGoodsPriceQtyBulk, in chunks of 500, with every row's result. */
  public BulkResult<PriceQtyBulkRow> setGoodsPriceQtyBulk(List<PriceQty> rows) {
    return split.bulk(
        QapiMethod.SET_GOODS_PRICE_QTY_BULK,
        "ItemInfoJson",
        rows,
        PriceQty::wire,
        PriceQtyBulkRow.class);
  }

  /**
   * ItemsOptions.UpdateInventoryQtyUnit: sets one option's quantity. The option is named by its
   * axes ({@code サイズ||*カラー} / {@code 70cm||*グレー}).
   */
  public QapiResult<Void> updateInventoryQtyUnit(
      String itemCode, String sellerCode, InventoryOption option, int qty) {
    QapiMethod m = QapiMethod.UPDATE_INVENTORY_QTY_UNIT;
    QapiParams p =
        itemParams(itemCode, sellerCode)
            .add("OptionName", option.joinedNames())
            .add("OptionValue", option.joinedValues())
            .add("OptionCode", option.optionCode())
            .add("Qty", Integer.toString(qty))
            .build();
    return Results.std(m, call(m, p));
  }

  /**
   * ItemsOptions.UpdateInventoryDataBulk setting option quantities, in chunks of 500 rows (the
   * method's cap), with every row's result in the order of {@code rows}.
   */
  public BulkResult<PriceQtyBulkRow> updateInventoryDataBulk(List<OptionQty> rows) {
    return split.bulk(
        QapiMethod.UPDATE_INVENTORY_DATA_BULK,
        "ItemInfoJson",
        rows,
        OptionQty::wire,
        PriceQtyBulkRow.class);
  }

  /** ItemsOptions.EditGoodsInventory: replaces all combination options of an item. */
  public QapiResult<Void> editGoodsInventory(
      String itemCode, String sellerCode, List<InventoryOption> options) {
    QapiMethod m = QapiMethod.EDIT_GOODS_INVENTORY;
    QapiParams p =
        itemParams(itemCode, sellerCode)
            .add("InventoryInfo", InventoryInfoFormat.format(options))
            .build();
    return Results.std(m, call(m, p));
  }

  /** Any method, for calls without a typed wrapper. Typed errors are raised as for the others. */
  public QapiResponse call(QapiMethod method, QapiParams params) {
    return client.call(method, key.value(), params);
  }

  private static QapiParams.Builder itemParams(String itemCode, String sellerCode) {
    return QapiParams.builder()
        .add("ItemCode", itemCode == null ? "" : itemCode)
        .add("SellerCode", sellerCode == null ? "" : sellerCode);
  }

  private static String code(int code) {
    return Integer.toString(code);
  }
}
