/** The QAPI contract shared by the marketplace and the hub. */
package io.qconnect.protocol;
