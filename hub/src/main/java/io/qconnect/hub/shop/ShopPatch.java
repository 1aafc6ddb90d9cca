package io.qconnect.hub.shop;

import io.qconnect.protocol.secret.Secrets;
import java.net.URI;
import java.util.List;

/**
 * A change to a shop; null fields stay as they are. Changing the API key, the password or the URL
 * re-runs Get Auth, and nothing changes unless that works.
 */
public record ShopPatch(
    String apiKey,
    String password,
    URI baseUrl,
    List<Integer> statuses,
    Integer lookbackDays,
    Integer intervalMinutes,
    Boolean autoImport,
    Boolean autoConfirm,
    Integer confirmBusinessDays,
    Integer renewBeforeDays) {

  public boolean changesCredentials() {
    return apiKey != null || password != null || baseUrl != null;
  }

  /** The settings with this patch applied (validated). */
  public ShopSettings apply(ShopSettings s) {
    return new ShopSettings(
        statuses != null ? statuses : s.statuses(),
        lookbackDays != null ? lookbackDays : s.lookbackDays(),
        intervalMinutes != null ? intervalMinutes : s.intervalMinutes(),
        autoImport != null ? autoImport : s.autoImport(),
        autoConfirm != null ? autoConfirm : s.autoConfirm(),
        confirmBusinessDays != null ? confirmBusinessDays : s.confirmBusinessDays(),
        renewBeforeDays != null ? renewBeforeDays : s.renewBeforeDays());
  }

  @Override
  public String toString() {
    return "ShopPatch[apiKey="
        + (apiKey == null ? "-" : Secrets.mask(apiKey))
        + ", password="
        + (password == null ? "-" : "***")
        + ", baseUrl="
        + baseUrl
        + ", statuses="
        + statuses
        + ", lookbackDays="
        + lookbackDays
        + ", intervalMinutes="
        + intervalMinutes
        + ", autoImport="
        + autoImport
        + ", autoConfirm="
        + autoConfirm
        + ", confirmBusinessDays="
        + confirmBusinessDays
        + ", renewBeforeDays="
        + renewBeforeDays
        + "]";
  }
}
