package io.qconnect.hub;

import io.qconnect.hub.shop.GetAuth;
import io.qconnect.hub.shop.QapiHosts;
import io.qconnect.hub.sync.SchedulerSettings;
import io.qconnect.hub.tracking.Backoff;
import io.qconnect.protocol.client.QapiClient;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How the hub is set up. Build one with {@link #builder(String)}; everything but the API token has
 * a default suited to production.
 *
 * @param apiToken the bearer token the JSON API requires ({@code Authorization: Bearer <token>})
 * @param defaultQapiUrl the QAPI endpoint of shops connected without one (the real Qoo10)
 * @param clientCustomizer applied to the builder of every QAPI client the hub creates (one per
 *     endpoint), after the base URL is set: timeouts, retries, request rate
 * @param scheduler how jobs run
 * @param nodeName this node's name in the scheduler, run log and locks (default: the host name)
 * @param lockLease how long a shop's import lock outlives a holder that died (renewed while held)
 * @param shipmentBackoff the wait between attempts to write a tracking number back
 * @param probeTimeout how long Test Connection waits for the clock-skew probe
 * @param qapiHosts the hosts shops may be connected to ({@code QC_QAPI_HOSTS}); the default URL's
 *     host is always allowed,
 * @param getAuth the hub as an integrator of the marketplace's authorization window (its id and its
 *     registered callback {@code <public URL>/hub/getauth/callback}); null: shops connect with
 *     their password only
 * @param mailDomain the domain of the shops' intake addresses ({@code orders-<random>@<domain>}),
 *     where the hub's SMTP listener is reached
 * @param mailRetention how long the mail log keeps a received mail (default 90 days); a daily job
 *     deletes older ones, and a mail re-sent after that is received as new
 */
public record HubConfig(
    String apiToken,
    URI defaultQapiUrl,
    UnaryOperator<QapiClient.Builder> clientCustomizer,
    SchedulerSettings scheduler,
    String nodeName,
    Duration lockLease,
    Backoff shipmentBackoff,
    Duration probeTimeout,
    QapiHosts qapiHosts,
    GetAuth getAuth,
    String mailDomain,
    Duration mailRetention) {

  /** How long the mail log keeps its events unless configured. */
  public static final Duration DEFAULT_MAIL_RETENTION = Duration.ofDays(90);

  /** The intake addresses' domain unless configured: reserved for testing (RFC 2606). */
  public static final String DEFAULT_MAIL_DOMAIN = "hub.qoo10-connect.test";

  public HubConfig {
    if (apiToken == null || apiToken.isBlank()) {
      throw new IllegalArgumentException("the hub API token is required");
    }
    Objects.requireNonNull(defaultQapiUrl, "defaultQapiUrl");
    Objects.requireNonNull(clientCustomizer, "clientCustomizer");
    Objects.requireNonNull(scheduler, "scheduler");
    Objects.requireNonNull(nodeName, "nodeName");
    Objects.requireNonNull(lockLease, "lockLease");
    Objects.requireNonNull(shipmentBackoff, "shipmentBackoff");
    Objects.requireNonNull(probeTimeout, "probeTimeout");
    Objects.requireNonNull(qapiHosts, "qapiHosts");
    mailDomain =
        mailDomain == null || mailDomain.isBlank() ? DEFAULT_MAIL_DOMAIN : mailDomain.strip();
    mailRetention = mailRetention == null ? DEFAULT_MAIL_RETENTION : mailRetention;
    if (mailRetention.isNegative() || mailRetention.isZero()) {
      throw new IllegalArgumentException("the mail retention must be positive: " + mailRetention);
    }
  }

  /** Shops on any host, connected with their password only (no Get Auth). */
  public HubConfig(
      String apiToken,
      URI defaultQapiUrl,
      UnaryOperator<QapiClient.Builder> clientCustomizer,
      SchedulerSettings scheduler,
      String nodeName,
      Duration lockLease,
      Backoff shipmentBackoff,
      Duration probeTimeout) {
    this(
        apiToken,
        defaultQapiUrl,
        clientCustomizer,
        scheduler,
        nodeName,
        lockLease,
        shipmentBackoff,
        probeTimeout,
        QapiHosts.any(),
        null,
        DEFAULT_MAIL_DOMAIN,
        DEFAULT_MAIL_RETENTION);
  }

  public static Builder builder(String apiToken) {
    return new Builder(apiToken);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "HubConfig[" + defaultQapiUrl + ", node " + nodeName + ", " + scheduler + "]";
  }

  /** Collects a configuration; unset values take their defaults. */
  public static final class Builder {
    private final String apiToken;
    private URI defaultQapiUrl = QapiClient.QOO10_JP;
    private UnaryOperator<QapiClient.Builder> clientCustomizer = UnaryOperator.identity();
    private SchedulerSettings scheduler = SchedulerSettings.defaults();
    private String nodeName = defaultNodeName();
    private Duration lockLease = Duration.ofMinutes(2);
    private Backoff shipmentBackoff = Backoff.standard();
    private Duration probeTimeout = Duration.ofSeconds(10);
    private QapiHosts qapiHosts = QapiHosts.any();
    private GetAuth getAuth;
    private String mailDomain = DEFAULT_MAIL_DOMAIN;
    private Duration mailRetention = DEFAULT_MAIL_RETENTION;

    private Builder(String apiToken) {
      this.apiToken = apiToken;
    }

    public Builder defaultQapiUrl(URI v) {
      this.defaultQapiUrl = v;
      return this;
    }

    public Builder clientCustomizer(UnaryOperator<QapiClient.Builder> v) {
      this.clientCustomizer = v;
      return this;
    }

    public Builder scheduler(SchedulerSettings v) {
      this.scheduler = v;
      return this;
    }

    public Builder nodeName(String v) {
      this.nodeName = v;
      return this;
    }

    public Builder lockLease(Duration v) {
      this.lockLease = v;
      return this;
    }

    public Builder shipmentBackoff(Backoff v) {
      this.shipmentBackoff = v;
      return this;
    }

    public Builder probeTimeout(Duration v) {
      this.probeTimeout = v;
      return this;
    }

    public Builder qapiHosts(QapiHosts v) {
      this.qapiHosts = v;
      return this;
    }

    /**
     * Enables Get Auth: the hub's integrator id with the marketplace and its callback exactly as
     * registered there ({@code <hub public URL>/hub/getauth/callback}).
     */
    public Builder getAuth(String integratorId, URI callback) {
      this.getAuth = new GetAuth(integratorId, callback);
      return this;
    }

    public Builder mailDomain(String v) {
      this.mailDomain = v;
      return this;
    }

    public Builder mailRetention(Duration v) {
      this.mailRetention = v;
      return this;
    }

    public HubConfig build() {
      return new HubConfig(
          apiToken,
          defaultQapiUrl,
          clientCustomizer,
          scheduler,
          nodeName,
          lockLease,
          shipmentBackoff,
          probeTimeout,
          qapiHosts,
          getAuth,
          mailDomain,
          mailRetention);
    }

    private static String defaultNodeName() {
      try {
        return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
      } catch (UnknownHostException e) {
        return "hub-" + ProcessHandle.current().pid();
      }
    }
  }
}
