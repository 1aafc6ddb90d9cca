package io.qconnect.marketplace.inquiry;

import java.time.LocalDateTime;

/**
 * One buyer inquiry.
 *
 * @param type MSG a message to the seller, HELP a question about an order, ITEM about an item
 * @param status S1 unanswered, S2 in progress, S3 answered
 * @param lastSeq the sequence number of its last message (1 is the buyer's question)
 */
public record Inquiry(
    long questionNo,
    String sellerId,
    String type,
    String customerName,
    String title,
    String contents,
    String itemCode,
    String itemTitle,
    Long orderNo,
    String claimYn,
    String status,
    LocalDateTime askedAt,
    int lastSeq) {}
