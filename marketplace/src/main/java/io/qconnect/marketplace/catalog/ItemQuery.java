package io.qconnect.marketplace.catalog;

import io.qconnect.protocol.item.ItemStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The filters of QSM's item grids (商品管理, 販売商品情報) and of GoodsList.csv: sale status, stock state,
 * and a search by item codes, seller codes (several at once) or a part of the title.
 *
 * @param status the sale status, or null for every status
 * @param stock 在庫あり, 在庫なし or 全体
 * @param by what {@code terms} are
 * @param terms item or seller codes (any of them matches), or one text the title contains; empty:
 *     no search
 */
public record ItemQuery(ItemStatus status, StockState stock, SearchBy by, List<String> terms) {
  /** At most this many codes in one search (QSM's multi-lookup box takes a few hundred). */
  public static final int MAX_TERMS = 500;

  /** What a search text is matched against. */
  public enum SearchBy {
    ITEM_CODE("商品番号", "Item code"),
    SELLER_CODE("販売者商品コード", "Seller item code"),
    TITLE("商品名", "Item name");

    private final String ja;
    private final String en;

    SearchBy(String ja, String en) {
      this.ja = ja;
      this.en = en;
    }

    public String ja() {
      return ja;
    }

    public String en() {
      return en;
    }
  }

  /** The stock filter (在庫状態). */
  public enum StockState {
    ALL("全体", "All"),
    IN_STOCK("在庫あり", "In stock"),
    OUT_OF_STOCK("在庫なし", "Out of stock");

    private final String ja;
    private final String en;

    StockState(String ja, String en) {
      this.ja = ja;
      this.en = en;
    }

    public String ja() {
      return ja;
    }

    public String en() {
      return en;
    }
  }

  public ItemQuery {
    Objects.requireNonNull(stock, "stock");
    Objects.requireNonNull(by, "by");
    terms = List.copyOf(terms);
    if (terms.size() > MAX_TERMS) {
      throw new IllegalArgumentException(
          "at most " + MAX_TERMS + " codes in one search, not " + terms.size());
    }
  }

  /** Every item of the seller (全体, no search). */
  public static ItemQuery all() {
    return new ItemQuery(null, StockState.ALL, SearchBy.ITEM_CODE, List.of());
  }

  /**
   * A query from a search box: codes separated by spaces, commas, 、 or line breaks; a title search
   * keeps the text whole.
   */
  public static ItemQuery of(ItemStatus status, StockState stock, SearchBy by, String text) {
    return new ItemQuery(status, stock, by, by == SearchBy.TITLE ? title(text) : codes(text));
  }

  /** Codes typed or pasted into a multi-lookup box (複数照会), in order, without blanks. */
  public static List<String> codes(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("[\\s,、，]+")).distinct().toList();
  }

  private static List<String> title(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip());
  }
}
