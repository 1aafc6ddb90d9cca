package io.qconnect.hub.tracking;

/**
 * One "shipped" report as given (JSON item, CSV row, command line), before any checking: every
 * field is text and may be missing (null).
 */
public record ShippedLine(String shopId, String orderNo, String carrier, String trackingNo) {}
