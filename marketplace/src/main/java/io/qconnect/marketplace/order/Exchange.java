package io.qconnect.marketplace.order;

import java.time.LocalDateTime;

/**
 * The details of an exchange (claims 11 to 13): the address the seller takes the goods back at
 * (Claim.SetClaimAccept) and the re-delivery (Claim.SetClaimRedelivery). Empty texts when not
 * given.
 */
public record Exchange(
    long orderNo,
    LocalDateTime requestedAt,
    LocalDateTime acceptedAt,
    Address pickup,
    LocalDateTime redeliveryDate,
    String carrier,
    String trackingNo,
    Address receiver) {

  /** A name, postcode, two address lines and two telephone numbers, as the claim methods take. */
  public record Address(
      String name, String zipCode, String address1, String address2, String mobile, String tel) {
    public static final Address NONE = new Address("", "", "", "", "", "");

    /** The first field longer than its column, or null when all fit. */
    public String tooLong(String prefix) {
      if (name.length() > 100) {
        return prefix + "_name";
      }
      if (zipCode.length() > 10) {
        return prefix + "_zip_code";
      }
      if (address1.length() > 200) {
        return prefix + "_front_address";
      }
      if (address2.length() > 200) {
        return prefix + "_back_address";
      }
      if (mobile.length() > 20) {
        return prefix + "_hp_no";
      }
      return tel.length() > 20 ? prefix + "_tel_no" : null;
    }
  }
}
