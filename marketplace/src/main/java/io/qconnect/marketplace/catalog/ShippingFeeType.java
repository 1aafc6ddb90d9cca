package io.qconnect.marketplace.catalog;

import java.util.Optional;

/**
 * How an item's shipping fee (送料) is charged, as QSM's 販売商品情報 grid and GoodsList.csv show it in the
 * column 送料の種類. The reference names the column but not its values; these three are the kinds QSM's
 * shipping-fee groups offer (free, a fixed fee, free above an order amount).
 */
public enum ShippingFeeType {
  FREE("無料", "Free"),
  FIXED("有料", "Fixed fee"),
  CONDITIONAL("条件付無料", "Free over an amount");

  private final String ja;
  private final String en;

  ShippingFeeType(String ja, String en) {
    this.ja = ja;
    this.en = en;
  }

  /** The label in the files and on the Japanese screens. */
  public String ja() {
    return ja;
  }

  public String en() {
    return en;
  }

  private static final ShippingFeeType[] ALL = values();

  /** The type a file's label (or the stored name) names. */
  public static Optional<ShippingFeeType> parse(String labelOrName) {
    String s = labelOrName == null ? "" : labelOrName.strip();
    for (ShippingFeeType t : ALL) { // a loop: every item read parses the stored name
      if (t.name().equalsIgnoreCase(s) || t.ja.equals(s)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
