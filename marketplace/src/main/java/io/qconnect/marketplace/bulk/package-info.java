/**
 * Bulk upload requests (大量アップロード要請): a seller's file — GoodsList.csv,
 * InventoryManagement_gridInventory.csv or new-item rows, in UTF-8 (with or without BOM) or
 * Shift_JIS (windows-31j) — uploaded on the web or over FTP becomes a request, processed in the
 * background row by row through the same catalogue calls QAPI makes. Start with {@link
 * io.qconnect.marketplace.bulk.BulkUploads}; the file layouts are {@link
 * io.qconnect.marketplace.bulk.BulkFormat}.
 */
package io.qconnect.marketplace.bulk;
