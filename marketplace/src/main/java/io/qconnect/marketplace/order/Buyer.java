package io.qconnect.marketplace.order;

import io.qconnect.marketplace.core.MarketplaceException;

/** Who ordered: name, katakana reading, phones in Qoo10's {@code +81-90-1234-5678} form, e-mail. */
public record Buyer(String name, String kana, String tel, String mobile, String email) {
  public Buyer {
    name = required(name, "buyer name");
    kana = kana == null ? "" : kana.strip();
    tel = tel == null ? "" : tel.strip();
    mobile = mobile == null ? "" : mobile.strip();
    email = email == null ? "" : email.strip();
  }

  static String required(String v, String what) {
    if (v == null || v.isBlank()) {
      throw new MarketplaceException(what + " is required");
    }
    return v.strip();
  }
}
