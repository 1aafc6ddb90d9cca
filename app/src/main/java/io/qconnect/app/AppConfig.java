package io.qconnect.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a process needs to start, resolved from the command line and {@code QC_*} environment
 * variables by {@link Main}. Blank strings mean "not set". Made only by {@link #builder} (the
 * canonical constructor is public because a record's must be; {@link AppConfigBuilder} is its one
 * caller, held by ArchitectureTest).
 *
 * @param mode what to run
 * @param httpPort the HTTP port; 0 picks a free one
 * @param dataDir where embedded databases, tokens and files live
 * @param marketplaceDbUrl JDBC URL of the marketplace database; blank for an H2 file in dataDir
 * @param hubDbUrl JDBC URL of the hub database; blank for an H2 file in dataDir
 * @param qapiUrl the QAPI URL the hub talks to; blank for the embedded marketplace ({@code all}) or
 *     the real Qoo10 ({@code hub})
 * @param sandboxToken the marketplace's sandbox token; blank to generate one
 * @param apiToken the hub JSON API token; blank to generate one
 * @param secretKey base64 AES-256 master key for secrets at rest; blank for a key file in dataDir
 * @param autoApprove decide permission requests automatically on business days
 * @param simulatorRate buyer-simulator orders per minute in the demo
 * @param hubLockLease how long a hub node that died keeps its shops' import locks
 * @param staffPassword the console's staff password; blank to generate one (kept in dataDir)
 * @param operatorPassword the console's hub-operator password; blank to generate one
 * @param metricsToken the bearer token {@code /metrics} requires; blank for none
 * @param host the address the HTTP server binds to: {@code 127.0.0.1} (the default) keeps it on
 *     this machine; any other value (e.g. {@code 0.0.0.0}) opens it deliberately, and then the demo
 *     seller gets a generated password instead of the published one
 * @param getAuthIntegrator the hub's integrator id with the marketplace's Get Auth window; blank:
 *     in {@code all} the hub registers itself with the embedded marketplace, in {@code hub} shops
 *     connect with their password only
 * @param hubPublicUrl the hub's address as the sellers' browsers reach it, for its Get Auth
 *     callback {@code <hubPublicUrl>/hub/getauth/callback}; blank for {@code
 *     http://localhost:<port>}
 * @param ftp the marketplace's FTP drop box ({@link FtpOptions#OFF} in the embedded defaults; the
 *     command line runs it on port 2121)
 * @param smtpUrl where the marketplace's notification mails go ({@code smtp://host:port}, STARTTLS
 *     when offered, or {@code smtps://host:port}; user and password from {@code QC_SMTP_USER} and
 *     {@code QC_SMTP_PASSWORD}); blank keeps them in the embedded mail catcher
 * @param mailFrom the From of the marketplace's mails; blank for {@code Qoo10 <qoo10info@qoo10.jp>}
 * @param mailPort the port of the hub's mail intake (SMTP); {@link #MAIL_OFF} (the default) for no
 *     listener, except in {@code all}, where it then listens on a free port; 0 for a free port
 */
public record AppConfig(
    RunMode mode,
    int httpPort,
    Path dataDir,
    String marketplaceDbUrl,
    String hubDbUrl,
    String qapiUrl,
    String sandboxToken,
    String apiToken,
    String secretKey,
    boolean autoApprove,
    double simulatorRate,
    java.time.Duration hubLockLease,
    String staffPassword,
    String operatorPassword,
    String metricsToken,
    String host,
    String qapiHosts,
    String getAuthIntegrator,
    String hubPublicUrl,
    FtpOptions ftp,
    String smtpUrl,
    String mailFrom,
    int mailPort) {
  /** The default bind address: this machine only. */
  public static final String LOOPBACK = "127.0.0.1";

  /** No mail intake listener (outside {@code all}). */
  public static final int MAIL_OFF = -1;

  public AppConfig {
    Objects.requireNonNull(mode, "mode");
    if (mailPort < MAIL_OFF || mailPort > 65535) {
      throw new IllegalArgumentException("mail port must be 0..65535, not " + mailPort);
    }
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(hubLockLease, "hubLockLease");
    if (simulatorRate < 0 || simulatorRate > 6000) {
      throw new IllegalArgumentException("simulator rate must be 0..6000 orders per minute");
    }
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("HTTP port must be 0..65535, not " + httpPort);
    }
    marketplaceDbUrl = blankToEmpty(marketplaceDbUrl);
    hubDbUrl = blankToEmpty(hubDbUrl);
    qapiUrl = blankToEmpty(qapiUrl);
    sandboxToken = blankToEmpty(sandboxToken);
    apiToken = blankToEmpty(apiToken);
    secretKey = blankToEmpty(secretKey);
    staffPassword = staffPassword == null ? "" : staffPassword;
    operatorPassword = operatorPassword == null ? "" : operatorPassword;
    metricsToken = blankToEmpty(metricsToken);
    host = host == null || host.isBlank() ? LOOPBACK : host.strip();
    qapiHosts = blankToEmpty(qapiHosts);
    getAuthIntegrator = blankToEmpty(getAuthIntegrator);
    hubPublicUrl = blankToEmpty(hubPublicUrl);
    ftp = ftp == null ? FtpOptions.OFF : ftp;
    smtpUrl = blankToEmpty(smtpUrl);
    mailFrom = blankToEmpty(mailFrom);
    if (hubPublicUrl.endsWith("/")) {
      hubPublicUrl = hubPublicUrl.substring(0, hubPublicUrl.length() - 1);
    }
  }

  /**
   * The one way to make a configuration: {@code mode}, {@code httpPort} and {@code dataDir}, every
   * other component named on the builder or left at its embedded default.
   */
  public static AppConfigBuilder builder(RunMode mode, int httpPort, Path dataDir) {
    return new AppConfigBuilder(mode, httpPort, dataDir);
  }

  /** The same configuration with {@code /metrics} behind a bearer token. */
  public AppConfig withMetricsToken(String token) {
    return with(b -> b.metricsToken(token));
  }

  /** The same configuration bound to {@code host}. */
  public AppConfig withHost(String host) {
    return with(b -> b.host(host));
  }

  /** The same configuration with the hub's QAPI hosts restricted ({@code QC_QAPI_HOSTS}). */
  public AppConfig withQapiHosts(String hosts) {
    return with(b -> b.qapiHosts(hosts));
  }

  /**
   * Whether the server is reachable from this machine only (bound to a loopback address or to
   * {@code localhost}).
   */
  public boolean loopbackOnly() {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    return h.equals("localhost")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
        || h.equals("::1")
        || h.equals("[::1]")
        || h.equals("0:0:0:0:0:0:0:1");
  }

  /** The same configuration with the hub's Get Auth integrator id and public URL. */
  public AppConfig withGetAuth(String integrator, String publicUrl) {
    return with(
        b -> {
          b.getAuthIntegrator(integrator);
          b.hubPublicUrl(publicUrl);
        });
  }

  /**
   * The same configuration with the marketplace's mail going to {@code url} (blank: the catcher).
   */
  public AppConfig withSmtpUrl(String url) {
    return with(b -> b.smtpUrl(url));
  }

  /** The same configuration with the marketplace's FTP drop box options. */
  public AppConfig withFtp(FtpOptions options) {
    return with(b -> b.ftp(options));
  }

  /** The same configuration with the hub's mail intake on {@code port} (0: a free one). */
  public AppConfig withMailPort(int port) {
    return with(b -> b.mailPort(port));
  }

  /**
   * The port the hub's mail intake listens on: the configured one, a free one (0) in {@code all}
   * when none is configured, or {@link #MAIL_OFF}.
   */
  public int effectiveMailPort() {
    if (mailPort == MAIL_OFF && mode == RunMode.ALL) {
      return 0;
    }
    return mode.runsHub() ? mailPort : MAIL_OFF;
  }

  /** Embedded defaults for a mode, port and data directory. */
  public static AppConfig defaults(RunMode mode, int httpPort, Path dataDir) {
    return builder(mode, httpPort, dataDir).build();
  }

  /** This configuration with {@code change} applied to a builder holding its components. */
  private AppConfig with(java.util.function.Consumer<AppConfigBuilder> change) {
    AppConfigBuilder b = AppConfigBuilder.of(this);
    change.accept(b);
    return b.build();
  }

  /** Never prints tokens or keys. */
  @Override
  public String toString() {
    return "AppConfig[" + mode + ", " + host + ":" + httpPort + ", data " + dataDir + "]";
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
