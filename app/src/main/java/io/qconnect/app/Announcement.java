package io.qconnect.app;

import io.qconnect.app.console.ConsoleLogins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@link Application} logs once it serves requests: where everything is (QAPI, sandbox API,
 * FTP drop box, hub API, mail intake, console, metrics) and the console logins, a generated
 * password only where it is not kept elsewhere.
 */
final class Announcement {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final String QAPI_PATH = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";

  private Announcement() {}

  /** Logs where everything is; the console passwords are not kept once they are announced. */
  static void log(
      AppConfig config,
      MarketplaceSide marketplace,
      HubSide hub,
      String url,
      int port,
      int mailPort,
      ConsoleLogins logins,
      String demoPassword) {
    LOG.info(
        "qoo10-connect ({}) listening on {} ({} port {}, {})",
        config.mode().name().toLowerCase(),
        url,
        config.host(),
        port,
        config.loopbackOnly() ? "this machine only; --host opens it" : "open to the network");
    if (marketplace != null) {
      LOG.info("QAPI: {}{}", url, QAPI_PATH);
      LOG.info(
          "sandbox API: {}/sandbox (X-Sandbox-Token in {})",
          url,
          config.dataDir().resolve("sandbox-token"));
      if (config.sandboxToken().isBlank()) {
        LOG.info("sandbox token (generated): {}", marketplace.sandboxToken);
      }
      marketplace
          .market
          .ftpEndpoint()
          .ifPresent(
              e ->
                  LOG.info(
                      "FTP drop box: ftp://{}:{} (explicit FTPS offered; sellers log in with the"
                          + " FTP account QSM shows after approval)",
                      e.host(),
                      e.port()));
    }
    if (hub != null) {
      LOG.info(
          "hub API: {}/api (Authorization: Bearer token in {})",
          url,
          config.dataDir().resolve("api-token"));
      if (mailPort != AppConfig.MAIL_OFF) {
        LOG.info(
            "hub mail intake: smtp://{}:{} (each shop's address on its page)",
            config.host(),
            mailPort);
      }
    }
    LOG.info("console: {}/login", url);
    LOG.info(
        "metrics: {}/metrics{}",
        url,
        config.metricsToken().isBlank() ? "" : " (Authorization: Bearer QC_METRICS_TOKEN)");
    if (config.mode() == RunMode.ALL) {
      LOG.info(
          "demo seller: {} / {} (QSM login{}), its shop is connected in the hub",
          Demo.SELLER,
          demoPassword,
          config.loopbackOnly() ? "" : ", generated, kept in " + logins.file());
    }
    for (String login : logins.passwords().keySet()) {
      if (login.equals(Demo.SELLER)) {
        continue;
      }
      boolean generated = logins.generated().contains(login);
      if (config.mode() == RunMode.ALL && generated) {
        LOG.info(
            "console login: {} / {} (generated, kept in {})",
            login,
            logins.password(login),
            logins.file());
      } else {
        LOG.info(
            "console login: {} (password {})",
            login,
            generated
                ? "in " + logins.file()
                : "from QC_" + login.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD");
      }
    }
  }
}
