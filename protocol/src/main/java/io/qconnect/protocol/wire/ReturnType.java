package io.qconnect.protocol.wire;

import java.util.Locale;

/** The {@code returnType} parameter: JSON unless XML is asked for. */
public enum ReturnType {
  JSON("application/json; charset=utf-8"),
  XML("text/xml; charset=utf-8");

  private final String contentType;

  ReturnType(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  /**
   * Reads {@code returnType}: {@code xml} and {@code text/xml} mean XML; {@code json}, {@code
   * application/json}, blank or anything else means JSON, the service's default.
   */
  public static ReturnType fromParameter(String value) {
    if (value == null) {
      return JSON;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.equals("xml") || v.equals("text/xml") ? XML : JSON;
  }
}
