/**
 * The marketplace's shared kernel: its one unchecked root exception ({@link
 * io.qconnect.marketplace.core.MarketplaceException}) and {@link
 * io.qconnect.marketplace.core.NotFoundException}, JST time helpers ({@link
 * io.qconnect.marketplace.core.Times}), list paging ({@link io.qconnect.marketplace.core.ListPage},
 * {@link io.qconnect.marketplace.core.LikeSearch}), the schema migration and the store that empties
 * the marketplace. Every feature package may use it; it uses none of them, so that the facade in
 * the root package can depend on the features without a cycle.
 */
package io.qconnect.marketplace.core;
