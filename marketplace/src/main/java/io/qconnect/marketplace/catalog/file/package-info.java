/**
 * The catalogue files of QSM: GoodsList.csv (one row per item, {@link
 * io.qconnect.marketplace.catalog.file.GoodsListColumns}) and InventoryManagement_gridInventory.csv
 * (one row per combination option, {@link
 * io.qconnect.marketplace.catalog.file.InventoryGridColumns}), in UTF-8 with a BOM or in Shift_JIS
 * ({@link io.qconnect.marketplace.catalog.file.FileEncoding}). The columns and their values are
 * described in docs/catalogue-files.md.
 */
package io.qconnect.marketplace.catalog.file;
