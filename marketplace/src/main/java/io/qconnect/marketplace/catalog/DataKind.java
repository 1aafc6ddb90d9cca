package io.qconnect.marketplace.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of an option row (データ種類 in InventoryManagement_gridInventory.csv). This marketplace
 * keeps combination options only (組合せ型: one row per combination of up to three axes); the column is
 * kept so that a file from QSM and a file from here read the same way.
 */
public enum DataKind {
  COMBINATION("組合せ型", "Combination");

  private final String ja;
  private final String en;

  DataKind(String ja, String en) {
    this.ja = ja;
    this.en = en;
  }

  /** The label in the file and on the Japanese screens. */
  public String ja() {
    return ja;
  }

  public String en() {
    return en;
  }

  /** The kind a file's label (or the stored name) names. */
  public static Optional<DataKind> parse(String labelOrName) {
    String s = labelOrName == null ? "" : labelOrName.strip();
    return Arrays.stream(values())
        .filter(k -> k.ja.equals(s) || k.name().equalsIgnoreCase(s))
        .findFirst();
  }
}
