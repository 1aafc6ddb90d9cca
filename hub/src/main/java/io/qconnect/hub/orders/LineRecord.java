package io.qconnect.hub.orders;

/**
 * A stored line with its {@code detail}: the full Qoo10 row as last seen, as GetShippingInfo_v3
 * JSON (address, buyer, prices), kept for fulfilment and later features.
 */
record LineRecord(OrderLine line, String detail) {}
