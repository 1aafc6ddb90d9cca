/**
 * Request bodies of the JSON APIs (the hub's {@code /api}, the marketplace's {@code /sandbox})
 * bound to records, strictly: start at {@link io.qconnect.protocol.json.JsonBodies#read}.
 */
package io.qconnect.protocol.json;
