/**
 * A production-grade QAPI client on the JDK HttpClient. Start with {@link
 * io.qconnect.protocol.client.QapiClient#builder()}; {@link
 * io.qconnect.protocol.client.QapiClient#seller(CertificationKey)} gives the typed calls for one
 * seller.
 *
 * <p>Business outcomes (a result code and message, per-row results of bulk calls) are values; typed
 * exceptions mean the key expired, the key is invalid, the method does not exist, or the transport
 * failed. Reads are retried after transport failures with bounded exponential backoff and jitter;
 * writes are retried only when the connection could not be opened. Calls are throttled per key.
 * Keys and passwords are never logged.
 */
package io.qconnect.protocol.client;
