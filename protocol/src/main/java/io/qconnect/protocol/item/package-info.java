/**
 * Items on the QAPI wire: item status codes, the item detail, inventory and goods-list rows, the
 * combination-option text format ({@code ||*} between columns, {@code $$} between rows) and the
 * price/quantity requests. Start with {@link io.qconnect.protocol.item.InventoryInfoFormat}.
 */
package io.qconnect.protocol.item;
