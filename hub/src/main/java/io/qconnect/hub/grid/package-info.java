/**
 * The operator's order grid: one row per order line with what the other features know of it (buyer
 * and address from the Qoo10 data, the tracking write-back, the shipping instruction), filtered,
 * counted and paged, and the same rows as a streamed CSV export. Read {@link
 * io.qconnect.hub.grid.OrderGrid} first. A read model only: it changes nothing.
 */
package io.qconnect.hub.grid;
