/**
 * Sellers (QSM accounts) and their shop standing: review status, service points and the counts of
 * unprocessed items that block API and FTP permissions. Start with {@link
 * io.qconnect.marketplace.seller.SellerService}.
 */
package io.qconnect.marketplace.seller;
