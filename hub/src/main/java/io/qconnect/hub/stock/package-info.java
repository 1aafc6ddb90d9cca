/**
 * Items, SKU mapping and stock: the Qoo10 items of each shop ({@link ItemImporter}), the hub SKUs
 * they map to, a stock ledger per SKU (on hand, reserved by open order lines, available) with every
 * movement and its cause, pushing available quantities to Qoo10 ({@link StockPusher}) and reading
 * them back ({@link Reconciler}). Start with {@link StockService}.
 */
package io.qconnect.hub.stock;
