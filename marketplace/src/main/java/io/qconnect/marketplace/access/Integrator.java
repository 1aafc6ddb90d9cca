package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.MarketplaceException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * An application a seller may authorize from the marketplace's Get Auth window: its name, shown in
 * the window, and the one address the window sends the seller back to (compared exactly).
 */
public record Integrator(
    String integratorId, String name, String redirectUri, LocalDateTime createdAt) {

  /** The longest name and address the marketplace keeps. */
  public static final int MAX_NAME = 100;

  public static final int MAX_URI = 500;

  /**
   * The name as kept, or a {@link MarketplaceException}: not blank, at most {@value #MAX_NAME}
   * characters.
   */
  static String checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new MarketplaceException("\"name\" is required");
    }
    String n = name.strip();
    if (n.length() > MAX_NAME) {
      throw new MarketplaceException("\"name\" is longer than " + MAX_NAME + " characters");
    }
    return n;
  }

  /**
   * The redirect address as kept, or a {@link MarketplaceException}: an absolute http or https URL
   * with a host and no fragment, at most {@value #MAX_URI} characters.
   */
  static String checkRedirectUri(String uri) {
    if (uri == null || uri.isBlank()) {
      throw new MarketplaceException("\"redirectUri\" is required");
    }
    String u = uri.strip();
    try {
      URI parsed = new URI(u);
      String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || parsed.getHost() == null
          || parsed.getRawFragment() != null
          || u.length() > MAX_URI) {
        throw new MarketplaceException(
            "\"redirectUri\" must be an absolute http or https URL without a fragment: " + u);
      }
    } catch (URISyntaxException e) {
      throw new MarketplaceException("\"redirectUri\" is not a URL: " + u, e);
    }
    return u;
  }
}
