/**
 * The seller's order files: the order CSV of a search ({@link
 * io.qconnect.marketplace.order.file.OrderFiles}) and the bulk-ship upload read and checked row by
 * row before anything is shipped ({@link io.qconnect.marketplace.order.file.ShipmentFile}).
 */
package io.qconnect.marketplace.order.file;
