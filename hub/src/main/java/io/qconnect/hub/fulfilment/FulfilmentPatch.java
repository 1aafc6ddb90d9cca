package io.qconnect.hub.fulfilment;

import io.qconnect.hub.orders.HubStatus;
import java.net.URI;

/**
 * A change to a shop's fulfilment settings; null fields stay as they are. {@code webhookUrl} ""
 * removes the webhook; {@code webhookSecret} "" removes the secret.
 */
public record FulfilmentPatch(
    HubStatus storageStatus,
    Boolean autoInstruct,
    String webhookUrl,
    String webhookSecret,
    Boolean csvExport) {

  FulfilmentSettings apply(FulfilmentSettings s, boolean secretAfter) {
    URI url =
        webhookUrl == null
            ? s.webhookUrl()
            : webhookUrl.isBlank() ? null : FulfilmentPatch.uri(webhookUrl.trim());
    return new FulfilmentSettings(
        storageStatus != null ? storageStatus : s.storageStatus(),
        autoInstruct != null ? autoInstruct : s.autoInstruct(),
        url,
        secretAfter,
        csvExport != null ? csvExport : s.csvExport());
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw new io.qconnect.hub.core.HubException("webhookUrl is not an address: " + text);
    }
  }

  @Override
  public String toString() {
    return "FulfilmentPatch[storageStatus="
        + storageStatus
        + ", autoInstruct="
        + autoInstruct
        + ", webhookUrl="
        + webhookUrl
        + ", webhookSecret="
        + (webhookSecret == null ? "-" : "***")
        + ", csvExport="
        + csvExport
        + "]";
  }
}
