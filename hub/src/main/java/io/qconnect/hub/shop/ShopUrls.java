package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import java.net.URI;

/** Checks QAPI endpoint URLs given by people. */
final class ShopUrls {
  private ShopUrls() {}

  static URI check(URI url) {
    String scheme = url.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new HubException("baseUrl must be an http(s) URL, not '" + url + "'");
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new HubException("baseUrl has no host: '" + url + "'");
    }
    String s = url.toString();
    return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
  }
}
