package io.qconnect.protocol.order;

/**
 * How the line is to be shipped, as ordered: the way, the buyer's wishes, the shipping charge.
 *
 * @param desiredDeliveryDate the buyer's wish as sent ({@code DesiredDeliveryDate}, v2 {@code
 *     hopeDate}), not parsed
 * @param shippingRateType "Free", "Charge", "Free on condition" or "Charge on delivery"
 * @param codPrice the cash-on-delivery price ({@code cod_price})
 * @param availableSendType 0 normal, 1 reserved, 2 release date, 3 same day
 */
public record Shipping(
    String shippingWay,
    String shippingMessage,
    String desiredDeliveryDate,
    String shippingRateType,
    long shippingRate,
    long codPrice,
    String availableSendType,
    String availableShippingDate) {

  /** Nothing known. */
  public static final Shipping NONE = new Shipping("", "", "", "", 0, 0, "", "");

  public Shipping {
    shippingWay = Text.orEmpty(shippingWay);
    shippingMessage = Text.orEmpty(shippingMessage);
    desiredDeliveryDate = Text.orEmpty(desiredDeliveryDate);
    shippingRateType = Text.orEmpty(shippingRateType);
    availableSendType = Text.orEmpty(availableSendType);
    availableShippingDate = Text.orEmpty(availableShippingDate);
  }
}
