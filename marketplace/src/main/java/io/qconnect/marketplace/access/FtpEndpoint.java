package io.qconnect.marketplace.access;

/**
 * Where sellers reach the marketplace's FTP server: the host name from the configuration (as
 * sellers' machines reach it, not necessarily the address it listens on) and the port it listens
 * on.
 */
public record FtpEndpoint(String host, int port) {}
