package io.qconnect.hub.shop;

import java.net.URI;

/** A shop's secrets as stored: sealed with the hub's SecretBox, never in clear. */
record SealedCredentials(
    String shopId, URI baseUrl, String apiKey, String password, String certKey) {

  @Override
  public String toString() {
    return "SealedCredentials[" + shopId + " " + baseUrl + "]";
  }
}
