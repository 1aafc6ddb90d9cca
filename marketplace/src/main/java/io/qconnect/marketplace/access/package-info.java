/**
 * API and FTP permissions (QSM: API・FTP・QSM権限): the request form, the eligibility conditions,
 * business-day processing in arrival order, staff decisions, and the credentials approval gives —
 * the API key, the certification keys made from it (valid 365 days), and the FTP account.
 *
 * <p>Start with {@link io.qconnect.marketplace.access.AccessService} (requests) and {@link
 * io.qconnect.marketplace.access.KeyService} (keys).
 */
package io.qconnect.marketplace.access;
