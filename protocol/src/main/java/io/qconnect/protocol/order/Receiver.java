package io.qconnect.protocol.order;

/**
 * Who receives the parcel, and where.
 *
 * @param country the two-letter shipping country ({@code shippingCountry}, v2 and claim-info rows)
 * @param shippingAddress the whole address in one line; {@code address1} and {@code address2} are
 *     its two halves
 */
public record Receiver(
    String name,
    String kana,
    String tel,
    String mobile,
    String country,
    String zipCode,
    String shippingAddress,
    String address1,
    String address2) {

  /** Nobody known. */
  public static final Receiver NONE = new Receiver("", "", "", "", "", "", "", "", "");

  public Receiver {
    name = Text.orEmpty(name);
    kana = Text.orEmpty(kana);
    tel = Text.orEmpty(tel);
    mobile = Text.orEmpty(mobile);
    country = Text.orEmpty(country);
    zipCode = Text.orEmpty(zipCode);
    shippingAddress = Text.orEmpty(shippingAddress);
    address1 = Text.orEmpty(address1);
    address2 = Text.orEmpty(address2);
  }

  public Receiver withCountry(String country) {
    return new Receiver(
        name, kana, tel, mobile, country, zipCode, shippingAddress, address1, address2);
  }
}
