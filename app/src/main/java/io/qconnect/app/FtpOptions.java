package io.qconnect.app;

/**
 * The marketplace's FTP drop box options.
 *
 * @param port the control port; 0 picks a free one; -1 runs no FTP server
 * @param host the host name sellers are told (QSM, sandbox); blank: {@code localhost} when the
 *     server listens on this machine only, else the listening address or this machine's name
 * @param passivePorts the passive data ports, e.g. {@code 30000-30100}; blank for any free port
 * @param tls offer explicit FTPS (AUTH TLS) with a self-signed certificate made at start
 */
public record FtpOptions(int port, String host, String passivePorts, boolean tls) {
  /** The command line's default port. */
  public static final int DEFAULT_PORT = 2121;

  /** No FTP server (the embedded defaults tests start from). */
  public static final FtpOptions OFF = new FtpOptions(-1, "", "", true);

  public FtpOptions {
    if (port < -1 || port > 65535) {
      throw new IllegalArgumentException("FTP port must be 0..65535 (or -1: none), not " + port);
    }
    host = host == null ? "" : host.strip();
    passivePorts = passivePorts == null ? "" : passivePorts.strip();
  }

  public boolean enabled() {
    return port >= 0;
  }
}
