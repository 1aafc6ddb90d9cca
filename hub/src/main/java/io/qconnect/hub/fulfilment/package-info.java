/**
 * Fulfilment (shipping) instructions: confirmed lines handed to the warehouse become INSTRUCTED,
 * each with a stable instruction ID. Read {@link io.qconnect.hub.fulfilment.FulfilmentService}
 * first; {@link io.qconnect.hub.fulfilment.ShopFulfilment} keeps each shop's settings (storage
 * status of new lines, automatic instructions, webhook, CSV export) and {@link
 * io.qconnect.hub.fulfilment.WebhookSender} delivers instructions, signed, retried with backoff.
 * What the warehouse picks (the line's hub SKU and quantity) comes from {@link
 * io.qconnect.hub.stock.SkuPicks}.
 */
package io.qconnect.hub.fulfilment;
