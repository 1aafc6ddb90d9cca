package io.qconnect.protocol.order;

/**
 * What was ordered: the item, its option, how many.
 *
 * @param itemCode Qoo10's item number ({@code ItemNo} in v3, {@code itemCode} elsewhere)
 * @param material the item's material text, as listed
 * @param gift the gift text of the order line
 */
public record LineItem(
    String itemCode,
    String sellerItemCode,
    String itemTitle,
    String option,
    String optionCode,
    int orderQty,
    String material,
    String gift) {

  /** Nothing known. */
  public static final LineItem NONE = new LineItem("", "", "", "", "", 0, "", "");

  public LineItem {
    itemCode = Text.orEmpty(itemCode);
    sellerItemCode = Text.orEmpty(sellerItemCode);
    itemTitle = Text.orEmpty(itemTitle);
    option = Text.orEmpty(option);
    optionCode = Text.orEmpty(optionCode);
    material = Text.orEmpty(material);
    gift = Text.orEmpty(gift);
  }

  /** {@code qty} of item {@code itemCode}, without an option. */
  public static LineItem of(String itemCode, String itemTitle, int qty) {
    return new LineItem(itemCode, "", itemTitle, "", "", qty, "", "");
  }
}
