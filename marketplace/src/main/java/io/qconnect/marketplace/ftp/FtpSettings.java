package io.qconnect.marketplace.ftp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the FTP drop box runs.
 *
 * @param host the host name sellers are told to connect to (shown in QSM and the sandbox)
 * @param bindAddress the address to listen on
 * @param port the control port; 0 picks a free one
 * @param passivePorts the passive data ports, Apache FtpServer's syntax ({@code 30000-30100}); ""
 *     for any free port
 * @param root where the sellers' folders live (one folder per seller)
 * @param maxFileBytes the largest file a seller may put
 * @param idleTimeout a connection idle this long is closed
 * @param tls offer explicit FTPS (AUTH TLS) with a self-signed certificate made at start
 */
public record FtpSettings(
    String host,
    String bindAddress,
    int port,
    String passivePorts,
    Path root,
    long maxFileBytes,
    Duration idleTimeout,
    boolean tls) {
  public FtpSettings {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    host = host == null || host.isBlank() ? "localhost" : host.strip();
    bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress.strip();
    passivePorts = passivePorts == null ? "" : passivePorts.strip();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("FTP port must be 0..65535, not " + port);
    }
    if (!passivePorts.isEmpty() && !passivePorts.matches("[0-9,\\- ]+")) {
      throw new IllegalArgumentException(
          "FTP passive ports are ports and ranges such as 30000-30100: '" + passivePorts + "'");
    }
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("the FTP file size limit must be positive");
    }
  }

  /** Defaults around a root and port: 20 MB files, 5 minutes idle, FTPS offered. */
  public static FtpSettings of(String host, String bindAddress, int port, Path root) {
    return new FtpSettings(
        host, bindAddress, port, "", root, 20L * 1024 * 1024, Duration.ofMinutes(5), true);
  }

  public FtpSettings withPassivePorts(String ports) {
    return new FtpSettings(host, bindAddress, port, ports, root, maxFileBytes, idleTimeout, tls);
  }

  public FtpSettings withLimits(long maxBytes, Duration idle, boolean withTls) {
    return new FtpSettings(host, bindAddress, port, passivePorts, root, maxBytes, idle, withTls);
  }
}
