package io.qconnect.app;

import java.nio.file.Path;

/**
 * The components of an {@link AppConfig} being changed by one of its withers: the one copy path, so
 * that a new component is copied by every wither at once.
 */
final class AppConfigBuilder {
  RunMode mode;
  int httpPort;
  Path dataDir;
  String marketplaceDbUrl;
  String hubDbUrl;
  String qapiUrl;
  String sandboxToken;
  String apiToken;
  String secretKey;
  boolean autoApprove;
  double simulatorRate;
  java.time.Duration hubLockLease;
  String staffPassword;
  String operatorPassword;
  String metricsToken;
  String host;
  String qapiHosts;
  String getAuthIntegrator;
  String hubPublicUrl;
  FtpOptions ftp;
  String smtpUrl;
  String mailFrom;
  int mailPort;

  private AppConfigBuilder() {}

  /** {@code c} with {@code change} applied to a copy of its components. */
  static AppConfig copy(AppConfig c, java.util.function.Consumer<AppConfigBuilder> change) {
    AppConfigBuilder b = new AppConfigBuilder();
    b.mode = c.mode();
    b.httpPort = c.httpPort();
    b.dataDir = c.dataDir();
    b.marketplaceDbUrl = c.marketplaceDbUrl();
    b.hubDbUrl = c.hubDbUrl();
    b.qapiUrl = c.qapiUrl();
    b.sandboxToken = c.sandboxToken();
    b.apiToken = c.apiToken();
    b.secretKey = c.secretKey();
    b.autoApprove = c.autoApprove();
    b.simulatorRate = c.simulatorRate();
    b.hubLockLease = c.hubLockLease();
    b.staffPassword = c.staffPassword();
    b.operatorPassword = c.operatorPassword();
    b.metricsToken = c.metricsToken();
    b.host = c.host();
    b.qapiHosts = c.qapiHosts();
    b.getAuthIntegrator = c.getAuthIntegrator();
    b.hubPublicUrl = c.hubPublicUrl();
    b.ftp = c.ftp();
    b.smtpUrl = c.smtpUrl();
    b.mailFrom = c.mailFrom();
    b.mailPort = c.mailPort();
    change.accept(b);
    return b.build();
  }

  AppConfig build() {
    return new AppConfig(
        mode,
        httpPort,
        dataDir,
        marketplaceDbUrl,
        hubDbUrl,
        qapiUrl,
        sandboxToken,
        apiToken,
        secretKey,
        autoApprove,
        simulatorRate,
        hubLockLease,
        staffPassword,
        operatorPassword,
        metricsToken,
        host,
        qapiHosts,
        getAuthIntegrator,
        hubPublicUrl,
        ftp,
        smtpUrl,
        mailFrom,
        mailPort);
  }
}
