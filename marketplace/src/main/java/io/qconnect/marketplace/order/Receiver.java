package io.qconnect.marketplace.order;

/**
 * Where it goes. {@code address1} is prefecture and city, {@code address2} the rest (Qoo10's
 * Addr1/Addr2 split).
 */
public record Receiver(
    String name,
    String kana,
    String tel,
    String mobile,
    String zipCode,
    String address1,
    String address2) {
  public Receiver {
    name = Buyer.required(name, "receiver name");
    zipCode = Buyer.required(zipCode, "zip code");
    address1 = Buyer.required(address1, "address (prefecture and city)");
    kana = Buyer.strip(kana);
    tel = Buyer.strip(tel);
    mobile = Buyer.strip(mobile);
    address2 = Buyer.strip(address2);
  }

  public String fullAddress() {
    return address2.isEmpty() ? address1 : address1 + address2;
  }
}
