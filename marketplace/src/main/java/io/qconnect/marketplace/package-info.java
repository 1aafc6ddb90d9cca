/**
 * The Qoo10-compatible marketplace: what Qoo10 runs behind QSM and QAPI. Start with {@link
 * io.qconnect.marketplace.Marketplace}, which wires the features: {@code seller} (sellers and their
 * standing), {@code access} (API-key and FTP permission requests, API keys, certification keys),
 * {@code catalog} (items and combination options), {@code qapi} (the QAPI endpoint and its method
 * table) and {@code sandbox} (clock, faults, seed and reset for integrators' test suites).
 *
 * <p>Every time stored or compared here is Japan time ({@code Asia/Tokyo}, no daylight saving), as
 * QAPI dates are.
 */
package io.qconnect.marketplace;
