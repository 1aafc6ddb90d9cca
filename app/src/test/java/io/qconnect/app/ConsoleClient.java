package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client of the console: keeps its cookies, follows redirects, posts forms. */
public final class ConsoleClient {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  /** A client of the server at {@code baseUrl} (e.g. {@code app.url()}). */
  public ConsoleClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** GETs {@code path}. */
  public HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs the url-encoded {@code form} to {@code path}. */
  public HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The CSRF token of the form on the page at {@code path}; fails when the page has none. */
  public String csrf(String path) throws Exception {
    Matcher m = CSRF.matcher(get(path).body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** {@code s} url-encoded in UTF-8, for a form value. */
  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
