/**
 * Buyer inquiries (CSCenter, docs/qapi.md §8): questions buyers ask (the buyer simulator and the
 * sandbox), the seller's answers through QAPI, and the count of unanswered ones in the seller's
 * standing.
 */
package io.qconnect.marketplace.inquiry;
