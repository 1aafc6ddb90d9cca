package io.qconnect.marketplace.access;

/** What an FTP login came to. */
public sealed interface FtpLogin {
  /** The seller may log in. */
  record Allowed(String sellerId) implements FtpLogin {}

  /** Refused, with the reason for the log (the client only learns that the login failed). */
  record Refused(String reason) implements FtpLogin {}
}
