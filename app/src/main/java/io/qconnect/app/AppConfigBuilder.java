package io.qconnect.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The one way to make an {@link AppConfig}: {@link AppConfig#builder} takes what every process
 * needs (mode, HTTP port, data directory); every other component is set by name and otherwise keeps
 * the embedded default held here: blank strings ("not set"), permission requests decided
 * automatically, 10 simulated orders a minute, a 2-minute hub lock lease, bound to {@link
 * AppConfig#LOOPBACK}, FTP {@link FtpOptions#OFF} and no mail intake ({@link AppConfig#MAIL_OFF}).
 * The record's own constructor validates and normalises, so its checks and messages stay in one
 * place. See {@link AppConfig} for what each component means.
 */
public final class AppConfigBuilder {
  private RunMode mode;
  private int httpPort;
  private Path dataDir;
  private String marketplaceDbUrl = "";
  private String hubDbUrl = "";
  private String qapiUrl = "";
  private String sandboxToken = "";
  private String apiToken = "";
  private String secretKey = "";
  private boolean autoApprove = true;
  private double simulatorRate = 10;
  private Duration hubLockLease = Duration.ofMinutes(2);
  private String staffPassword = "";
  private String operatorPassword = "";
  private String metricsToken = "";
  private String host = AppConfig.LOOPBACK;
  private String qapiHosts = "";
  private String getAuthIntegrator = "";
  private String hubPublicUrl = "";
  private FtpOptions ftp = FtpOptions.OFF;
  private String smtpUrl = "";
  private String mailFrom = "";
  private int mailPort = AppConfig.MAIL_OFF;

  AppConfigBuilder(RunMode mode, int httpPort, Path dataDir) {
    this.mode = mode;
    this.httpPort = httpPort;
    this.dataDir = dataDir;
  }

  /** A builder holding every component of {@code c}, for the withers. */
  static AppConfigBuilder of(AppConfig c) {
    return new AppConfigBuilder(c.mode(), c.httpPort(), c.dataDir())
        .marketplaceDbUrl(c.marketplaceDbUrl())
        .hubDbUrl(c.hubDbUrl())
        .qapiUrl(c.qapiUrl())
        .sandboxToken(c.sandboxToken())
        .apiToken(c.apiToken())
        .secretKey(c.secretKey())
        .autoApprove(c.autoApprove())
        .simulatorRate(c.simulatorRate())
        .hubLockLease(c.hubLockLease())
        .staffPassword(c.staffPassword())
        .operatorPassword(c.operatorPassword())
        .metricsToken(c.metricsToken())
        .host(c.host())
        .qapiHosts(c.qapiHosts())
        .getAuthIntegrator(c.getAuthIntegrator())
        .hubPublicUrl(c.hubPublicUrl())
        .ftp(c.ftp())
        .smtpUrl(c.smtpUrl())
        .mailFrom(c.mailFrom())
        .mailPort(c.mailPort());
  }

  public AppConfigBuilder mode(RunMode mode) {
    this.mode = mode;
    return this;
  }

  public AppConfigBuilder httpPort(int httpPort) {
    this.httpPort = httpPort;
    return this;
  }

  public AppConfigBuilder dataDir(Path dataDir) {
    this.dataDir = dataDir;
    return this;
  }

  public AppConfigBuilder marketplaceDbUrl(String marketplaceDbUrl) {
    this.marketplaceDbUrl = marketplaceDbUrl;
    return this;
  }

  public AppConfigBuilder hubDbUrl(String hubDbUrl) {
    this.hubDbUrl = hubDbUrl;
    return this;
  }

  public AppConfigBuilder qapiUrl(String qapiUrl) {
    this.qapiUrl = qapiUrl;
    return this;
  }

  public AppConfigBuilder sandboxToken(String sandboxToken) {
    this.sandboxToken = sandboxToken;
    return this;
  }

  public AppConfigBuilder apiToken(String apiToken) {
    this.apiToken = apiToken;
    return this;
  }

  public AppConfigBuilder secretKey(String secretKey) {
    this.secretKey = secretKey;
    return this;
  }

  public AppConfigBuilder autoApprove(boolean autoApprove) {
    this.autoApprove = autoApprove;
    return this;
  }

  public AppConfigBuilder simulatorRate(double simulatorRate) {
    this.simulatorRate = simulatorRate;
    return this;
  }

  public AppConfigBuilder hubLockLease(Duration hubLockLease) {
    this.hubLockLease = hubLockLease;
    return this;
  }

  public AppConfigBuilder staffPassword(String staffPassword) {
    this.staffPassword = staffPassword;
    return this;
  }

  public AppConfigBuilder operatorPassword(String operatorPassword) {
    this.operatorPassword = operatorPassword;
    return this;
  }

  public AppConfigBuilder metricsToken(String metricsToken) {
    this.metricsToken = metricsToken;
    return this;
  }

  public AppConfigBuilder host(String host) {
    this.host = host;
    return this;
  }

  public AppConfigBuilder qapiHosts(String qapiHosts) {
    this.qapiHosts = qapiHosts;
    return this;
  }

  public AppConfigBuilder getAuthIntegrator(String getAuthIntegrator) {
    this.getAuthIntegrator = getAuthIntegrator;
    return this;
  }

  public AppConfigBuilder hubPublicUrl(String hubPublicUrl) {
    this.hubPublicUrl = hubPublicUrl;
    return this;
  }

  public AppConfigBuilder ftp(FtpOptions ftp) {
    this.ftp = ftp;
    return this;
  }

  public AppConfigBuilder smtpUrl(String smtpUrl) {
    this.smtpUrl = smtpUrl;
    return this;
  }

  public AppConfigBuilder mailFrom(String mailFrom) {
    this.mailFrom = mailFrom;
    return this;
  }

  public AppConfigBuilder mailPort(int mailPort) {
    this.mailPort = mailPort;
    return this;
  }

  /** The configuration; the record's constructor checks it. */
  public AppConfig build() {
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
