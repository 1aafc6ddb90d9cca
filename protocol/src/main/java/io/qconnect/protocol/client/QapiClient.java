package io.qconnect.protocol.client;

import io.qconnect.protocol.secret.Secrets;
import io.qconnect.protocol.wire.QapiCodec;
import io.qconnect.protocol.wire.QapiException;
import io.qconnect.protocol.wire.QapiKeyExpiredException;
import io.qconnect.protocol.wire.QapiKeyInvalidException;
import io.qconnect.protocol.wire.QapiMethod;
import io.qconnect.protocol.wire.QapiNotAuthorizedException;
import io.qconnect.protocol.wire.QapiParams;
import io.qconnect.protocol.wire.QapiResponse;
import io.qconnect.protocol.wire.QapiTransportException;
import io.qconnect.protocol.wire.QapiTransportException.Reason;
import io.qconnect.protocol.wire.QapiUnknownMethodException;
import io.qconnect.protocol.wire.ResultCodes;
import io.qconnect.protocol.wire.ResultShape;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The QAPI client. One instance per process is enough: it is thread-safe, holds one HTTP client,
 * and throttles per key.
 *
 * <p>Requests go out in the official style: POST to {@code <base>/<Class>.<Method>}, the key in the
 * {@code GiosisCertificationKey} header, {@code QAPIVersion}, and the parameters (with {@code
 * returnType=application/json}) as a UTF-8 form body — so the URL never carries a secret.
 */
public final class QapiClient implements AutoCloseable {
  /** The real service. */
  public static final URI QOO10_JP =
      URI.create("https://api.qoo10.jp/GMKT.INC.Front.QAPIService/ebayjapan.qapi");

  private static final Logger LOG = LoggerFactory.getLogger(QapiClient.class);

  private final URI baseUrl;
  private final HttpClient http;
  private final Duration requestTimeout;
  private final RetryPolicy retry;
  private final RateLimiter limiter;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final QapiCodec codec = new QapiCodec();

  private QapiClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.requestTimeout = b.requestTimeout;
    this.retry = b.retry;
    this.sleeper = b.sleeper;
    this.limiter = new RateLimiter(b.requestsPerSecond, b.sleeper);
    this.random = b.random;
  }

  public static Builder builder() {
    return new Builder();
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * CertificationAPI.CreateCertificationKey: exchanges the API key and the seller's QSM login for a
   * certification key valid one year.
   *
   * @throws QapiKeyInvalidException when the API key is unknown
   */
  public QapiResult<CertificationKey> createCertificationKey(
      ApiKey apiKey, String userId, String password) {
    Objects.requireNonNull(apiKey, "apiKey");
    QapiParams p = QapiParams.builder().add("user_id", userId).add("pwd", password).build();
    QapiResponse r = call(QapiMethod.CREATE_CERTIFICATION_KEY, apiKey.value(), p);
    return Results.single(
        QapiMethod.CREATE_CERTIFICATION_KEY,
        r,
        node -> {
          String v = node.asText().trim();
          if (v.isEmpty()) {
            throw new QapiTransportException(Reason.MALFORMED, "empty certification key");
          }
          return new CertificationKey(v);
        });
  }

  /** The typed calls for one seller's certification key. */
  public QapiSeller seller(CertificationKey key) {
    return new QapiSeller(this, key);
  }

  /**
   * Calls a method and returns its envelope, after throttling, retrying and classifying. Business
   * outcomes come back as {@link QapiResponse.Std} or {@link QapiResponse.Custom}.
   *
   * @throws QapiKeyExpiredException -90004 / -90005
   * @throws QapiKeyInvalidException -90001 / -10000
   * @throws QapiNotAuthorizedException -90002 / -90003
   * @throws QapiUnknownMethodException the plain-text routing answer
   * @throws QapiTransportException timeout, connection, HTTP status or malformed body
   */
  public QapiResponse call(QapiMethod method, String key, QapiParams params) {
    Objects.requireNonNull(key, "key");
    String fingerprint = Secrets.fingerprint(key);
    HttpRequest request = request(method, key, params);
    for (int attempt = 1; ; attempt++) {
      long start = System.nanoTime();
      try {
        limiter.acquire(fingerprint);
        QapiResponse response = classify(method, send(method, request));
        LOG.debug(
            "QAPI {} -> {} in {} ms (attempt {})",
            method,
            response.codeOrNull(),
            (System.nanoTime() - start) / 1_000_000,
            attempt);
        return response;
      } catch (QapiTransportException e) {
        if (!retryable(method, e) || attempt >= retry.maxAttempts()) {
          LOG.warn("QAPI {} failed after {} attempt(s): {}", method, attempt, e.getMessage());
          throw e;
        }
        Duration wait = retry.delayAfter(attempt, random);
        LOG.info(
            "QAPI {} attempt {} failed ({}); retrying in {} ms",
            method,
            attempt,
            e.getMessage(),
            wait.toMillis());
        pause(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new QapiTransportException(Reason.IO, method + ": interrupted", e);
      }
    }
  }

  private HttpRequest request(QapiMethod method, String key, QapiParams params) {
    String body =
        QapiParams.builder().addAll(params).add("returnType", "application/json").build().toForm();
    return HttpRequest.newBuilder(URI.create(baseUrl + "/" + method.fullName()))
        .timeout(requestTimeout)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Accept", "application/json")
        .header("QAPIVersion", "1.0")
        .header("GiosisCertificationKey", key)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private QapiResponse send(QapiMethod method, HttpRequest request) throws InterruptedException {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpTimeoutException e) {
      throw new QapiTransportException(Reason.TIMEOUT, method + ": no answer in time", e);
    } catch (ConnectException e) {
      throw new QapiTransportException(Reason.CONNECT, method + ": cannot connect: " + e, e);
    } catch (IOException e) {
      throw new QapiTransportException(Reason.IO, method + ": " + e, e);
    }
    if (response.statusCode() != 200) {
      throw new QapiTransportException(
          Reason.HTTP_STATUS, method + ": HTTP " + response.statusCode());
    }
    ResultShape shape = method.shape();
    try {
      return codec.decode(response.body(), shape);
    } catch (QapiTransportException e) {
      throw new QapiTransportException(Reason.MALFORMED, method + ": " + e.getMessage(), e);
    }
  }

  /** Raises the typed errors; returns business outcomes unchanged. */
  static QapiResponse classify(QapiMethod method, QapiResponse r) {
    String m = method.fullName();
    if (r instanceof QapiResponse.PlainText p) {
      String t = p.text();
      if (t.startsWith("Can't find service Name") || t.startsWith("Can't find method Info")) {
        throw new QapiUnknownMethodException(m, t);
      }
      throw new QapiTransportException(
          Reason.MALFORMED, m + ": not a QAPI answer: '" + abbreviate(t) + "'");
    }
    int code = r.codeOrNull();
    String msg = r.messageOrText();
    if (ResultCodes.isKeyExpired(code)) {
      throw new QapiKeyExpiredException(m, code, msg);
    }
    if (ResultCodes.isKeyInvalid(code)) {
      throw new QapiKeyInvalidException(m, code, msg);
    }
    if (ResultCodes.isNotAuthorized(code)) {
      throw new QapiNotAuthorizedException(m, code, msg);
    }
    if (r instanceof QapiResponse.GatewayError) {
      throw new QapiException(m + ": gateway error " + code + " " + msg);
    }
    return r;
  }

  private static boolean retryable(QapiMethod method, QapiTransportException e) {
    return method.isRead() || e.reason() == Reason.CONNECT;
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new QapiTransportException(Reason.IO, "interrupted while backing off", ie);
    }
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 80 ? one : one.substring(0, 80) + "…";
  }

  @Override
  public void close() {
    http.close();
  }

  /** Configures a client. Defaults suit the real service. */
  public static final class Builder {
    private URI baseUrl = QOO10_JP;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private double requestsPerSecond = 5;
    private RetryPolicy retry = RetryPolicy.standard();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = RandomGenerator.getDefault();

    private Builder() {}

    /** The service URL ending in {@code ebayjapan.qapi} (or {@code Giosis.qapi}). */
    public Builder baseUrl(URI baseUrl) {
      String s = Objects.requireNonNull(baseUrl, "baseUrl").toString();
      this.baseUrl = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
      return this;
    }

    public Builder baseUrl(String baseUrl) {
      return baseUrl(URI.create(baseUrl));
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = Objects.requireNonNull(d);
      return this;
    }

    /** How long one attempt may take before it counts as a timeout. */
    public Builder requestTimeout(Duration d) {
      this.requestTimeout = Objects.requireNonNull(d);
      return this;
    }

    /** Calls per second per key (Qoo10 publishes no limit; default 5). */
    public Builder requestsPerSecond(double rps) {
      this.requestsPerSecond = rps;
      return this;
    }

    public Builder retry(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry);
      return this;
    }

    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper);
      return this;
    }

    /** The source of backoff jitter. */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random);
      return this;
    }

    public QapiClient build() {
      return new QapiClient(this);
    }
  }
}
