package io.qconnect.marketplace.inquiry;

/** A buyer's question: type MSG, HELP or ITEM; an item and an order when it is about them. */
public record NewInquiry(
    String sellerId,
    String type,
    String customerName,
    String title,
    String contents,
    String itemCode,
    String itemTitle,
    Long orderNo,
    boolean claim) {}
