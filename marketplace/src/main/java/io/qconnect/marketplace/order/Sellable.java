package io.qconnect.marketplace.order;

/**
 * What the catalogue tells the order feature about an item (and option) being bought.
 *
 * @param unitPrice item price plus the option's price delta, yen
 * @param optionLabel e.g. {@code カラー:ブルー / サイズ:L}, "" without options
 * @param optionCode the seller's option code, "" without options
 * @param shipByDays business days within which the seller should ship when no date is set
 * @param stock what is left of the item (or of the option)
 */
public record Sellable(
    String sellerId,
    String itemCode,
    String sellerCode,
    String title,
    long unitPrice,
    String optionLabel,
    String optionCode,
    int shipByDays,
    boolean onSale,
    int stock) {}
