package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.GoodsInfoList;
import io.qconnect.protocol.item.InventoryRow;
import io.qconnect.protocol.item.ItemDetailRow;
import io.qconnect.protocol.wire.QapiDates;
import java.util.StringJoiner;

/**
 * Items as the lookups answer them. GetItemDetailInfo's values are all strings (docs/qapi.md §7.2);
 * fields this marketplace does not keep (Drugtype, ManufacturerDate, DesiredShippingDate,
 * OptionShippingNo1/2) are answered "". VideoURL and the marketplace's own trailing fields come
 * from the item's extras (EditGoodsImage and the other edit methods).
 */
final class WireRows {
  private WireRows() {}

  static ItemDetailRow detail(Item i, ItemExtras x) {
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
        x.videoUrl(),
        f.keyword(),
        QapiDates.wire(i.listedAt().withNano(0)),
        QapiDates.wire(i.changedAt().withNano(0)),
        "",
        "",
        x.itemCondition(),
        x.useCondition(),
        x.usedPeriod(),
        x.briefExplain(),
        x.subDelivery1(),
        x.subDelivery2(),
        x.attribute(),
        x.discountType(),
        x.discountType().isEmpty() ? "" : Long.toString(x.discountValue()),
        x.discountBegin() == null ? "" : x.discountBegin().toString(),
        x.discountEnd() == null ? "" : x.discountEnd().toString(),
        x.limitType(),
        x.limitCnt() == null ? "" : Integer.toString(x.limitCnt()),
        x.limitEnd() == null ? "" : x.limitEnd().toString(),
        x.textOptions(),
        x.header(),
        x.footer(),
        String.join("$$", x.images()),
        inventoryImages(x),
        optionImages(x));
  }

  /** name||*value||*url, joined by $$ (a loop: most items have none, and a stream costs). */
  private static String inventoryImages(ItemExtras x) {
    StringJoiner out = new StringJoiner("$$");
    for (var r : x.inventoryImages()) {
      out.add(r.name() + "||*" + r.value() + "||*" + r.url());
    }
    return out.toString();
  }

  private static String optionImages(ItemExtras x) {
    StringJoiner out = new StringJoiner("$$");
    for (var o : x.additionalOptions()) {
      if (!o.imageUrl().isEmpty()) {
        out.add(o.name() + "||*" + o.value() + "||*" + o.imageUrl());
      }
    }
    return out.toString();
  }

  static InventoryRow inventory(ItemOption o) {
    return InventoryRow.of(o.toInventoryOption());
  }

  static GoodsInfoList.Item listed(Item i) {
    return new GoodsInfoList.Item(i.itemCode(), i.sellerCode(), i.status().code());
  }
}
