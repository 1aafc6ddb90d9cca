/**
 * The QAPI endpoint: {@link io.qconnect.marketplace.qapi.QapiEndpoint} checks the key and
 * dispatches through a framework-free {@link io.qconnect.marketplace.qapi.MethodTable} (method name
 * and parameters in, envelope out); {@link io.qconnect.marketplace.qapi.QapiRoutes} mounts it on
 * HTTP at {@code /GMKT.INC.Front.QAPIService/} with the protocol module's parser and codec, so
 * client and server cannot drift. Features register their methods in the table.
 */
package io.qconnect.marketplace.qapi;
