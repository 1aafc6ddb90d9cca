/**
 * Imported order lines. {@link io.qconnect.hub.orders.OrderImporter} fetches a shop's statuses and
 * claims and upserts each line once per (shop, order number), recording every change as history;
 * {@link io.qconnect.hub.orders.Workflow} maps Qoo10 statuses onto the hub's NEW → CONFIRMED →
 * INSTRUCTED → SHIPPED → DELIVERED (plus CANCELLED, ON_HOLD); {@link
 * io.qconnect.hub.orders.AutoConfirmer} confirms new lines with an estimated ship date in Japanese
 * business days. Start reading at {@code OrderImporter}.
 */
package io.qconnect.hub.orders;
