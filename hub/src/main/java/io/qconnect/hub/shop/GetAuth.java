package io.qconnect.hub.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.hub.core.HubException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The hub's half of Get Auth, the marketplace's authorization window: where to send the seller's
 * browser ({@code <base>/qsm/authorize?...}) and the server-to-server exchange of the one-time code
 * for the certification key ({@code POST <base>/qsm/authorize/token}). The marketplace base is the
 * shop's QAPI URL reduced to {@code scheme://host:port}.
 *
 * @param integratorId the hub's id as an integrator registered with the marketplace
 * @param redirectUri the hub's callback, exactly as registered ({@code .../hub/getauth/callback})
 */
public record GetAuth(String integratorId, URI redirectUri) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public GetAuth {
    if (integratorId == null || integratorId.isBlank()) {
      throw new IllegalArgumentException("the Get Auth integrator id is required");
    }
    Objects.requireNonNull(redirectUri, "redirectUri");
    if (!redirectUri.isAbsolute() || redirectUri.getFragment() != null) {
      throw new IllegalArgumentException(
          "the Get Auth callback must be an absolute URL without fragment: " + redirectUri);
    }
  }

  /** The key a code was exchanged for. */
  record Exchanged(String certificationKey, String sellerId, Instant expiresAt) {
    @Override
    public String toString() {
      return "Exchanged[" + sellerId + ", until " + expiresAt + "]";
    }
  }

  /** {@code scheme://host:port} of a shop's QAPI URL. */
  static URI base(URI qapiUrl) {
    return URI.create(
        qapiUrl.getScheme()
            + "://"
            + qapiUrl.getHost()
            + (qapiUrl.getPort() < 0 ? "" : ":" + qapiUrl.getPort()));
  }

  /** The window the seller's browser opens for the shop at {@code qapiUrl}. */
  URI window(URI qapiUrl, String state) {
    return URI.create(
        base(qapiUrl)
            + "/qsm/authorize?"
            + form(
                Map.of(
                    "integrator",
                    integratorId,
                    "redirect_uri",
                    redirectUri.toString(),
                    "state",
                    state)));
  }

  /**
   * Exchanges a one-time code.
   *
   * @throws HubException when the marketplace refuses the code or cannot be reached
   */
  Exchanged exchange(URI qapiUrl, String code) {
    URI endpoint = URI.create(base(qapiUrl) + "/qsm/authorize/token");
    HttpRequest req =
        HttpRequest.newBuilder(endpoint)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form(
                        Map.of(
                            "code",
                            code,
                            "redirect_uri",
                            redirectUri.toString(),
                            "integrator",
                            integratorId))))
            .build();
    HttpResponse<String> res;
    try {
      res = HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new HubException(
          "Get Auth: the marketplace at " + endpoint + " cannot be reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HubException("Get Auth: interrupted while exchanging the code");
    }
    if (res.statusCode() == 400) {
      throw new HubException(
          "Get Auth: the marketplace refused the code (used before, expired, or not ours);"
              + " press Get Auth again");
    }
    if (res.statusCode() != 200) {
      throw new HubException(
          "Get Auth: the marketplace answered HTTP " + res.statusCode() + " to the code exchange");
    }
    try {
      JsonNode n = JSON.readTree(res.body());
      String key = n.path("certificationKey").asText("");
      String seller = n.path("sellerId").asText("");
      String expires = n.path("expiresAt").asText("");
      if (key.isEmpty() || seller.isEmpty() || expires.isEmpty()) {
        throw new HubException(
            "Get Auth: the marketplace's answer lacks the key, seller or expiry");
      }
      return new Exchanged(key, seller, OffsetDateTime.parse(expires).toInstant());
    } catch (IOException | DateTimeParseException e) {
      throw new HubException("Get Auth: the marketplace's answer is not the expected JSON");
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
