/**
 * Fulfilment (shipping) instructions: confirmed lines handed to the warehouse become INSTRUCTED.
 * Automatic instructions from SKU mappings come with the {@code sku} feature.
 */
package io.qconnect.hub.fulfilment;
