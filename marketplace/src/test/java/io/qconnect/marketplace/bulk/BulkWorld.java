package io.qconnect.marketplace.bulk;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.marketplace.catalog.ItemFields;
import io.qconnect.marketplace.catalog.NewGoods;
import io.qconnect.protocol.item.InventoryOption;
import io.qconnect.protocol.item.OptionAxis;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Items and files for the bulk upload tests. */
public final class BulkWorld {
  public static final Charset SJIS = Charset.forName("windows-31j");

  private BulkWorld() {}

  /** A T-shirt with three options: ブラック/M (5), ブラック/L (7), ホワイト/M (9). */
  public static Item optionItem(MarketplaceServer server, String sellerId, String sellerCode) {
    List<InventoryOption> options =
        List.of(
            option("ブラック", "M", 0, 5, sellerCode + "-BK-M"),
            option("ブラック", "L", 200, 7, sellerCode + "-BK-L"),
            option("ホワイト", "M", 0, 9, sellerCode + "-WH-M"));
    return server
        .market
        .catalog()
        .register(
            sellerId,
            new NewGoods(
                sellerCode,
                ItemFields.of("コットンTシャツ", "320001234"),
                2000,
                "S",
                0,
                null,
                "",
                "",
                options))
        .orElseThrow();
  }

  /** A single-SKU item at 1,500 yen with 10 in stock. */
  public static Item plainItem(MarketplaceServer server, String sellerId, String sellerCode) {
    return server
        .market
        .catalog()
        .register(
            sellerId,
            new NewGoods(
                sellerCode,
                ItemFields.of("マグカップ", "320001234"),
                1500,
                "S",
                10,
                null,
                "",
                "",
                List.of()))
        .orElseThrow();
  }

  static InventoryOption option(String color, String size, long delta, int qty, String code) {
    return new InventoryOption(
        List.of(new OptionAxis("カラー", color), new OptionAxis("サイズ", size)), delta, qty, code);
  }

  /** The header of InventoryManagement_gridInventory.csv. */
  public static String inventoryHeader() {
    return String.join(",", BulkFormat.INVENTORY.headers());
  }

  /** One inventory row of an item with two axes (カラー, サイズ). */
  public static String inventoryRow(
      String itemCode,
      String sellerCode,
      String color,
      String size,
      String price,
      String qty,
      String optionCode) {
    return String.join(
        ",",
        itemCode,
        sellerCode,
        "組合せ型",
        "カラー",
        color,
        "サイズ",
        size,
        "",
        "",
        price,
        qty,
        optionCode);
  }

  public static byte[] sjis(String... lines) {
    return (String.join("\r\n", lines) + "\r\n").getBytes(SJIS);
  }

  public static byte[] utf8Bom(String... lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
