package io.qconnect.hub.stock;

import java.time.Instant;

/** One movement of a SKU's stock, with the levels after it. */
public record StockMove(
    MoveCause cause,
    int onHandDelta,
    int reservedDelta,
    int onHandAfter,
    int reservedAfter,
    String ref,
    String note,
    Instant at) {}
