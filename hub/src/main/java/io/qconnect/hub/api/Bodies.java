package io.qconnect.hub.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.qconnect.hub.core.HubException;
import io.qconnect.hub.shop.NewShop;
import io.qconnect.hub.shop.ShopPatch;
import io.qconnect.hub.shop.ShopSettings;
import io.qconnect.hub.tracking.ShippedLine;
import java.io.IOException;
import java.io.Serial;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The request bodies of the hub API, bound strictly by {@link ApiJson#read}: a field that is absent
 * or null is left as it is (the service decides what it needs and says so).
 */
final class Bodies {
  private Bodies() {}

  /** {@code POST /api/shops}. */
  record NewShopBody(
      String shopId,
      String apiKey,
      String password,
      String baseUrl,
      List<Integer> statuses,
      Integer lookbackDays,
      Integer intervalMinutes,
      Boolean autoImport,
      Boolean autoConfirm,
      Integer confirmBusinessDays,
      Integer renewBeforeDays) {
    NewShop toNewShop() {
      ShopChangeBody settings =
          new ShopChangeBody(
              null,
              null,
              null,
              statuses,
              lookbackDays,
              intervalMinutes,
              autoImport,
              autoConfirm,
              confirmBusinessDays,
              renewBeforeDays);
      return new NewShop(
          shopId,
          apiKey,
          password,
          url(baseUrl),
          settings.toPatch().apply(ShopSettings.defaults()));
    }
  }

  /** {@code PATCH /api/shops/{id}}. */
  record ShopChangeBody(
      String apiKey,
      String password,
      String baseUrl,
      List<Integer> statuses,
      Integer lookbackDays,
      Integer intervalMinutes,
      Boolean autoImport,
      Boolean autoConfirm,
      Integer confirmBusinessDays,
      Integer renewBeforeDays) {
    ShopPatch toPatch() {
      return new ShopPatch(
          apiKey,
          password,
          url(baseUrl),
          statuses,
          lookbackDays,
          intervalMinutes,
          autoImport,
          autoConfirm,
          confirmBusinessDays,
          renewBeforeDays);
    }
  }

  /** One item of {@code POST /api/orders/ship}; the service checks each field. */
  record ShipItem(
      String shop,
      @JsonDeserialize(using = NumberOrText.class) String orderNo,
      String carrier,
      String trackingNo) {
    ShippedLine toLine() {
      return new ShippedLine(shop, orderNo, carrier, trackingNo);
    }
  }

  /** {@code POST /api/orders/instruct}. */
  record Instruction(
      String shop, @JsonDeserialize(contentUsing = NumberOrText.class) List<String> orderNos) {
    Instruction {
      if (shop == null || shop.isBlank()) {
        throw new HubException("\"shop\" is required");
      }
      if (orderNos == null) {
        throw new HubException("\"orderNos\" is required");
      }
    }
  }

  /** {@code POST /api/shops/{id}/sync}: empty for Sync now, both dates for a backfill. */
  record SyncBody(LocalDate from, LocalDate to) {
    SyncBody {
      if ((from == null) != (to == null)) {
        throw new HubException("a backfill needs both \"from\" and \"to\"");
      }
    }
  }

  /** {@code POST /api/alerts/{id}/ack}: who saw it (optional, at most 100 characters). */
  record AckBody(String by) {
    AckBody {
      if (by != null && (by.isBlank() || by.length() > 100)) {
        throw new HubException("\"by\" must be 1–100 characters");
      }
    }
  }

  private static URI url(String text) {
    if (text == null) {
      return null;
    }
    try {
      return URI.create(text.trim());
    } catch (IllegalArgumentException e) {
      throw new HubException(
          "\"baseUrl\" is not a URL: '" + io.qconnect.protocol.secret.Secrets.redact(text) + "'");
    }
  }

  /**
   * An order number as text or as a whole number: Qoo10's exports and spreadsheets give it either
   * way. Anything else (a fraction, true, an object) is refused.
   */
  static final class NumberOrText extends StdDeserializer<String> {
    @Serial private static final long serialVersionUID = 1L;

    NumberOrText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING) || p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
        return p.getText();
      }
      return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
  }
}
