package io.qconnect.hub.shop;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hosts the hub may send a shop's API key and password to ({@code QC_QAPI_HOSTS}). Empty: any
 * host; otherwise only these host names (compared without case), plus the host of the default QAPI
 * URL. A refused host is refused before any request is made.
 *
 * @param allowed lower-case host names; empty for any
 */
public record QapiHosts(Set<String> allowed) {
  public QapiHosts {
    allowed =
        allowed.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Any host. */
  public static QapiHosts any() {
    return new QapiHosts(Set.of());
  }

  /** A comma-separated list of host names; blank for any. */
  public static QapiHosts parse(String csv) {
    return csv == null || csv.isBlank()
        ? any()
        : new QapiHosts(Arrays.stream(csv.split(",")).collect(Collectors.toSet()));
  }

  /** These hosts and the host of {@code url} (the configured default endpoint). */
  public QapiHosts including(URI url) {
    if (allowed.isEmpty() || url.getHost() == null) {
      return this;
    }
    Set<String> more = new java.util.HashSet<>(allowed);
    more.add(url.getHost());
    return new QapiHosts(more);
  }

  public boolean allows(URI url) {
    String host = url.getHost();
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return allowed.isEmpty() || allowed.contains(h) || allowed.contains("[" + h + "]");
  }

  /**
   * @throws ShopUrlException when the host is not on the list
   */
  void check(URI url) {
    if (!allows(url)) {
      throw new ShopUrlException(
          ShopUrlException.Reason.HOST_NOT_ALLOWED,
          "baseUrl: the host "
              + url.getHost()
              + " is not in the allowed QAPI hosts (QC_QAPI_HOSTS)");
    }
  }

  @Override
  public String toString() {
    return allowed.isEmpty() ? "any host" : String.join(",", allowed.stream().sorted().toList());
  }
}
