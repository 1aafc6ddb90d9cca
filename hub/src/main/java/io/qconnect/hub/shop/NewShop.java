package io.qconnect.hub.shop;

import io.qconnect.hub.core.HubException;
import io.qconnect.protocol.secret.Secrets;
import java.net.URI;
import java.util.Objects;

/**
 * What connecting a shop takes (R59): the QSM login ID and password (null to connect it by Get
 * Auth, without password), the API key Qoo10 issued, the QAPI endpoint (null for the real Qoo10),
 * and the settings. {@link #toString()} masks the secrets.
 */
public record NewShop(
    String shopId, String apiKey, String password, URI baseUrl, ShopSettings settings) {

  public NewShop {
    shopId = required("shopId", shopId);
    apiKey = required("apiKey", apiKey);
    password = password == null || password.isEmpty() ? null : password;
    if (shopId.length() > 50 || !shopId.matches("[\\p{Graph}]+")) {
      throw new HubException("shopId must be 1–50 visible characters without spaces: " + shopId);
    }
    settings = settings == null ? ShopSettings.defaults() : settings;
    if (baseUrl != null) {
      ShopUrls.check(baseUrl);
    }
  }

  /** Whether the shop comes with its QSM password (else it is connected by Get Auth). */
  public boolean withPassword() {
    return password != null;
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new HubException("\"" + name + "\" is required");
    }
    return value.trim();
  }

  @Override
  public String toString() {
    return "NewShop["
        + shopId
        + ", apiKey="
        + Secrets.mask(apiKey)
        + ", password=***, "
        + Objects.toString(baseUrl, "default URL")
        + ", "
        + settings
        + "]";
  }
}
