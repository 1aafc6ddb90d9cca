package io.qconnect.hub.shop;

import io.qconnect.protocol.secret.Secrets;
import java.net.URI;

/** Checks QAPI endpoint URLs given by people. */
final class ShopUrls {
  private ShopUrls() {}

  /**
   * The URL without a trailing slash.
   *
   * @throws ShopUrlException for a URL that is not http(s), has no host, or carries a user name or
   *     password ({@code user:pass@host}); the message never repeats such credentials
   */
  static URI check(URI url) {
    if (url.getRawUserInfo() != null
        || (url.getRawAuthority() != null && url.getRawAuthority().contains("@"))) {
      throw new ShopUrlException(
          ShopUrlException.Reason.CREDENTIALS_IN_URL,
          "baseUrl must not contain a user name or password (user:password@): give the shop's"
              + " login as shopId and password");
    }
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new ShopUrlException(
          ShopUrlException.Reason.NOT_A_URL,
          "baseUrl must be an http(s) URL, not '" + Secrets.redact(url.toString()) + "'");
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new ShopUrlException(
          ShopUrlException.Reason.NOT_A_URL,
          "baseUrl has no host: '" + Secrets.redact(url.toString()) + "'");
    }
    String s = url.toString();
    return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }
}
