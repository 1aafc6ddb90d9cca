package io.qconnect.marketplace.catalog.file;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.qconnect.marketplace.catalog.CatalogSearch;
import io.qconnect.marketplace.catalog.GoodsRow;
import io.qconnect.marketplace.catalog.ItemOption;
import io.qconnect.marketplace.catalog.ItemQuery;
import io.qconnect.marketplace.catalog.OptionLine;
import io.qconnect.marketplace.catalog.OptionQuery;
import io.qconnect.protocol.csv.CsvCells;
import io.qconnect.protocol.item.OptionAxis;
import io.qconnect.protocol.wire.QapiDates;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes GoodsList.csv and InventoryManagement_gridInventory.csv (docs/catalogue-files.md) row by
 * row from the catalogue's streamed search straight to an output stream: memory use does not grow
 * with the number of rows. Every cell goes through {@link CsvCells#safe} (no spreadsheet formula
 * can start a cell); FastCSV quotes as RFC 4180 asks and ends lines with CRLF. The values are the
 * ones GetItemDetailInfo and GetGoodsInventoryInfo answer for the same item.
 */
public final class CatalogueFiles {
  private final CatalogSearch search;

  public CatalogueFiles(CatalogSearch search) {
    this.search = search;
  }

  /** GoodsList.csv of the seller's items that match {@code q}. */
  public void writeGoodsList(String sellerId, ItemQuery q, FileEncoding enc, OutputStream out)
      throws IOException {
    CsvWriter csv = open(enc, out, GoodsListColumns.HEADER);
    String[] cells = new String[GoodsListColumns.HEADER.size()];
    search.forEachGoods(sellerId, q, r -> csv.writeRecord(goodsCells(r, cells)));
    csv.flush();
  }

  /** InventoryManagement_gridInventory.csv of the seller's options that match {@code q}. */
  public void writeInventory(String sellerId, OptionQuery q, FileEncoding enc, OutputStream out)
      throws IOException {
    boolean useQ = search.usesQStockCode(sellerId);
    CsvWriter csv = open(enc, out, InventoryGridColumns.HEADER);
    String[] cells = new String[InventoryGridColumns.HEADER.size()];
    search.forEachOption(sellerId, q, r -> csv.writeRecord(optionCells(r, useQ, cells)));
    csv.flush();
  }

  /** The cells of one GoodsList.csv row, in {@link GoodsListColumns#HEADER} order. */
  public static List<String> goodsCells(GoodsRow r) {
    return List.of(goodsCells(r, new String[GoodsListColumns.HEADER.size()]));
  }

  /** The cells of one InventoryManagement_gridInventory.csv row, in its header's order. */
  public static List<String> optionCells(OptionLine r, boolean useQStockCode) {
    return List.of(optionCells(r, useQStockCode, new String[InventoryGridColumns.HEADER.size()]));
  }

  private static CsvWriter open(FileEncoding enc, OutputStream out, List<String> header)
      throws IOException {
    out.write(enc.bom());
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, enc.charset());
    csv.writeRecord(header);
    return csv;
  }

  private static String[] goodsCells(GoodsRow r, String[] c) {
    c[0] = CsvCells.safe(r.itemCode());
    c[1] = CsvCells.safe(r.sellerCode());
    c[2] = CsvCells.safe(r.title());
    c[3] = CsvCells.safe(Long.toString(r.price()));
    c[4] = CsvCells.safe(Long.toString(r.terms().supplyPrice()));
    c[5] = CsvCells.safe(Long.toString(r.commission()));
    c[6] = CsvCells.safe(Integer.toString(r.qty()));
    c[7] = CsvCells.safe(Long.toString(r.terms().shippingFee()));
    c[8] = CsvCells.safe(r.terms().shippingFeeType().ja());
    c[9] = CsvCells.safe(QapiDates.wireDate(r.expireDate()));
    return c;
  }

  private static String[] optionCells(OptionLine r, boolean useQ, String[] c) {
    ItemOption o = r.option();
    c[0] = CsvCells.safe(o.itemCode());
    c[1] = CsvCells.safe(r.sellerCode());
    c[2] = CsvCells.safe(r.kind().ja());
    for (int i = 0; i < ItemOption.MAX_AXES; i++) {
      OptionAxis a = i < o.axes().size() ? o.axes().get(i) : null;
      c[3 + 2 * i] = a == null ? "" : CsvCells.safe(a.name());
      c[4 + 2 * i] = a == null ? "" : CsvCells.safe(a.value());
    }
    c[9] = CsvCells.safe(Long.toString(o.priceDelta()));
    c[10] = CsvCells.safe(Integer.toString(o.qty()));
    c[11] = CsvCells.safe(r.shownCode(useQ));
    return c;
  }
}
