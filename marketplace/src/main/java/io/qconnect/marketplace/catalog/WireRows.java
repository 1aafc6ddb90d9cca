package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.wire.QapiDates;

/**
 * Items as the lookups answer them. GetItemDetailInfo's values are all strings (docs/qapi.md §7.2);
 * fields this marketplace does not keep (Drugtype, ManufacturerDate, DesiredShippingDate, VideoURL,
 * OptionShippingNo1/2) are answered "".
 */
final class WireRows {
  private WireRows() {}

  static ItemDetailRow detail(Item i) {
    ItemFields f = i.fields();
    Category c = Category.orCode(f.categoryCode());
    return new ItemDetailRow(
        i.itemCode(),
        i.status().code(),
        f.title(),
        f.promotionName(),
        c.mainCode(),
        c.mainName(),
        c.firstCode(),
        c.firstName(),
        c.code(),
        c.name(),
        "",
        i.sellerCode(),
        f.productionPlaceType(),
        f.productionPlace(),
        f.industrialCodeType(),
        f.industrialCode(),
        Long.toString(f.retailPrice()),
        Long.toString(i.price()),
        i.taxRate(),
        Long.toString(i.settlePrice()),
        Integer.toString(i.qty()),
        QapiDates.wireDate(i.expireDate()),
        f.modelName(),
        "",
        f.brandNo(),
        f.material(),
        f.adultYn(),
        "",
        f.shipBy().type().code(),
        f.shipBy().value(),
        f.shippingNo(),
        f.contactInfo(),
        i.description(),
        i.imageUrl(),
        "",
        f.keyword(),
        QapiDates.wire(i.listedAt().withNano(0)),
        QapiDates.wire(i.changedAt().withNano(0)),
        "",
        "");
  }

  static InventoryRow inventory(ItemOption o) {
    return InventoryRow.of(o.toInventoryOption());
  }

  static GoodsInfoList.Item listed(Item i) {
    return new GoodsInfoList.Item(i.itemCode(), i.sellerCode(), i.status().code());
  }
}
