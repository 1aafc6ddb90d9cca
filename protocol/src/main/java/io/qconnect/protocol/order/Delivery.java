package io.qconnect.protocol.order;

/**
 * The parcel as the seller sends it: carrier and tracking number, the seller's own references and
 * the sender's address.
 *
 * @param deliveryCompany the carrier's name
 * @param voucherCode the in-store pickup code
 */
public record Delivery(
    String deliveryCompany,
    String trackingNo,
    String voucherCode,
    String packingNo,
    String sellerDeliveryNo,
    String senderName,
    String senderTel,
    String senderNation,
    String senderZipCode,
    String senderAddress) {

  /** Nothing sent, no sender known. */
  public static final Delivery NONE = new Delivery("", "", "", "", "", "", "", "", "", "");

  public Delivery {
    deliveryCompany = Text.orEmpty(deliveryCompany);
    trackingNo = Text.orEmpty(trackingNo);
    voucherCode = Text.orEmpty(voucherCode);
    packingNo = Text.orEmpty(packingNo);
    sellerDeliveryNo = Text.orEmpty(sellerDeliveryNo);
    senderName = Text.orEmpty(senderName);
    senderTel = Text.orEmpty(senderTel);
    senderNation = Text.orEmpty(senderNation);
    senderZipCode = Text.orEmpty(senderZipCode);
    senderAddress = Text.orEmpty(senderAddress);
  }

  /** Sent with {@code deliveryCompany} under {@code trackingNo}; nothing else known. */
  public static Delivery tracked(String deliveryCompany, String trackingNo) {
    return NONE.withTracking(deliveryCompany, trackingNo);
  }

  public Delivery withTracking(String deliveryCompany, String trackingNo) {
    return new Delivery(
        deliveryCompany,
        trackingNo,
        voucherCode,
        packingNo,
        sellerDeliveryNo,
        senderName,
        senderTel,
        senderNation,
        senderZipCode,
        senderAddress);
  }
}
