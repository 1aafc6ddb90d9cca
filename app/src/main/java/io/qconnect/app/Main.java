package io.qconnect.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code qoo10-connect [all|marketplace|hub] --http-port=N --data-dir=DIR}. Every
 * option can also be set by an environment variable {@code QC_...}; the command line wins.
 */
@Command(
    name = "qoo10-connect",
    mixinStandardHelpOptions = true,
    version = "qoo10-connect 0.1.0",
    subcommands = {ShipCommand.class, SyncCommand.class},
    description = "A Qoo10-compatible marketplace (QSM + QAPI) and an integrator hub.")
public final class Main implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "${env:QC_MODE:-all}",
      description = "all (default: the demo), marketplace or hub. Env QC_MODE.")
  RunMode mode;

  @Option(
      names = "--http-port",
      defaultValue = "${env:QC_HTTP_PORT:-8080}",
      description = "HTTP port; 0 picks a free one (default ${DEFAULT-VALUE}). Env QC_HTTP_PORT.")
  int httpPort;

  @Option(
      names = "--host",
      defaultValue = "${env:QC_HOST:-127.0.0.1}",
      description =
          "Address to listen on (default ${DEFAULT-VALUE}: this machine only); e.g. 0.0.0.0 opens"
              + " the server to the network, and the demo seller then gets a generated password."
              + " Env QC_HOST.")
  String host;

  @Option(
      names = "--qapi-hosts",
      defaultValue = "${env:QC_QAPI_HOSTS:-}",
      description =
          "Comma-separated host names the hub may connect shops to (default: any); the default QAPI"
              + " URL's host is always allowed. Env QC_QAPI_HOSTS.")
  String qapiHosts;

  @Option(
      names = "--data-dir",
      defaultValue = "${env:QC_DATA_DIR:-./data}",
      description =
          "Directory for embedded databases and files (default ${DEFAULT-VALUE}). Env QC_DATA_DIR.")
  Path dataDir;

  @Option(
      names = "--marketplace-db-url",
      defaultValue = "${env:QC_MARKETPLACE_DB_URL:-}",
      description =
          "JDBC URL of the marketplace database (default: H2 file in the data dir). Env QC_MARKETPLACE_DB_URL.")
  String marketplaceDbUrl;

  @Option(
      names = "--hub-db-url",
      defaultValue = "${env:QC_HUB_DB_URL:-}",
      description =
          "JDBC URL of the hub database (default: H2 file in the data dir). Env QC_HUB_DB_URL.")
  String hubDbUrl;

  @Option(
      names = "--qapi-url",
      defaultValue = "${env:QC_QAPI_URL:-}",
      description =
          "QAPI URL for new hub shops (default: the embedded marketplace in 'all', the real Qoo10 in 'hub'). Env QC_QAPI_URL.")
  String qapiUrl;

  @Option(
      names = "--auto-approve",
      negatable = true,
      defaultValue = "${env:QC_AUTO_APPROVE:-true}",
      fallbackValue = "true",
      description =
          "Decide API/FTP permission requests automatically on business days (default ${DEFAULT-VALUE}). Env QC_AUTO_APPROVE.")
  boolean autoApprove;

  @Option(
      names = "--simulator-rate",
      defaultValue = "${env:QC_SIMULATOR_RATE:-10}",
      description =
          "Orders per minute the demo's buyer simulator places (default ${DEFAULT-VALUE}). Env QC_SIMULATOR_RATE.")
  double simulatorRate;

  @Option(
      names = "--hub-lock-lease",
      defaultValue = "${env:QC_HUB_LOCK_LEASE:-PT2M}",
      description =
          "How long a hub node that died keeps its shops' import locks, ISO-8601 (default ${DEFAULT-VALUE}). Env QC_HUB_LOCK_LEASE.")
  java.time.Duration hubLockLease;

  @Option(
      names = "--getauth-integrator",
      defaultValue = "${env:QC_GETAUTH_INTEGRATOR:-}",
      description =
          "The hub's integrator id with the marketplace's Get Auth window (hub mode; 'all' registers"
              + " itself). Env QC_GETAUTH_INTEGRATOR.")
  String getAuthIntegrator;

  @Option(
      names = "--hub-public-url",
      defaultValue = "${env:QC_HUB_PUBLIC_URL:-}",
      description =
          "The hub's address as browsers reach it; its Get Auth callback is"
              + " <url>/hub/getauth/callback (default http://localhost:<port>)."
              + " Env QC_HUB_PUBLIC_URL.")
  String hubPublicUrl;

  @Option(
      names = "--ftp-port",
      defaultValue = "${env:QC_FTP_PORT:-2121}",
      description =
          "Port of the marketplace's FTP drop box (marketplace and all; default ${DEFAULT-VALUE});"
              + " 0 picks a free one, -1 runs none. Env QC_FTP_PORT.")
  int ftpPort;

  @Option(
      names = "--ftp-host",
      defaultValue = "${env:QC_FTP_HOST:-}",
      description =
          "Host name QSM shows sellers for FTP (default: localhost on this machine only, else the"
              + " listening address). Env QC_FTP_HOST.")
  String ftpHost;

  @Option(
      names = "--ftp-passive-ports",
      defaultValue = "${env:QC_FTP_PASSIVE_PORTS:-}",
      description =
          "Passive FTP data ports, e.g. 30000-30100 (default: any free port)."
              + " Env QC_FTP_PASSIVE_PORTS.")
  String ftpPassivePorts;

  @Option(
      names = "--smtp-url",
      defaultValue = "${env:QC_SMTP_URL:-}",
      description =
          "Where the marketplace's notification mails go (marketplace and all modes):"
              + " smtp://host:port (STARTTLS when offered) or smtps://host:port; user and password"
              + " from QC_SMTP_USER / QC_SMTP_PASSWORD. Default: the embedded mail catcher."
              + " Env QC_SMTP_URL.")
  String smtpUrl;

  @Option(
      names = "--mail-from",
      defaultValue = "${env:QC_MAIL_FROM:-}",
      description =
          "The From of the marketplace's mails (default: Qoo10 <qoo10info@qoo10.jp>)."
              + " Env QC_MAIL_FROM.")
  String mailFrom;

  @Option(
      names = "--mail-port",
      defaultValue = "${env:QC_MAIL_PORT:--1}",
      description =
          "Port of the hub's mail intake (SMTP) for the marketplace's notification mails; 0 picks a"
              + " free one (default: off, except in 'all', where a free port is used)."
              + " Env QC_MAIL_PORT.")
  int mailPort;

  /** Parses the arguments into a configuration (no side effects). */
  AppConfig config() {
    return AppConfig.builder(mode, httpPort, dataDir.toAbsolutePath().normalize())
        .marketplaceDbUrl(marketplaceDbUrl)
        .hubDbUrl(hubDbUrl)
        .qapiUrl(qapiUrl)
        .sandboxToken(env("QC_SANDBOX_TOKEN"))
        .apiToken(env("QC_API_TOKEN"))
        .secretKey(env("QC_SECRET_KEY"))
        .autoApprove(autoApprove)
        .simulatorRate(simulatorRate)
        .hubLockLease(hubLockLease)
        .staffPassword(env("QC_STAFF_PASSWORD"))
        .operatorPassword(env("QC_OPERATOR_PASSWORD"))
        .metricsToken(env("QC_METRICS_TOKEN"))
        .host(host)
        .qapiHosts(qapiHosts)
        .getAuthIntegrator(getAuthIntegrator)
        .hubPublicUrl(hubPublicUrl)
        .ftp(new FtpOptions(ftpPort, ftpHost, ftpPassivePorts, true))
        .smtpUrl(smtpUrl)
        .mailFrom(mailFrom)
        .mailPort(mailPort)
        .build();
  }

  /** Tokens and keys are read from the environment only, never from the command line. */
  private static String env(String name) {
    String v = System.getenv(name);
    return v == null ? "" : v;
  }

  @Override
  public Integer call() throws InterruptedException {
    Application app = Application.start(config());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                },
                "qoo10-connect-shutdown"));
    stopped.await();
    return 0;
  }

  /** The command line for a fresh {@code Main}; modes are accepted in any case. */
  static CommandLine commandLine(Main main) {
    return new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true);
  }

  public static void main(String[] args) {
    int code = commandLine(new Main()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
