package io.qconnect.protocol.order;

/**
 * Who ordered and how they paid.
 *
 * @param kana the name in katakana ({@code BuyerKana}, v2 {@code buyer_gata})
 * @param paymentNation the two-letter country of payment
 */
public record Buyer(
    String name,
    String kana,
    String tel,
    String mobile,
    String email,
    String paymentMethod,
    String paymentNation) {

  /** Nobody known. */
  public static final Buyer NONE = new Buyer("", "", "", "", "", "", "");

  public Buyer {
    name = Text.orEmpty(name);
    kana = Text.orEmpty(kana);
    tel = Text.orEmpty(tel);
    mobile = Text.orEmpty(mobile);
    email = Text.orEmpty(email);
    paymentMethod = Text.orEmpty(paymentMethod);
    paymentNation = Text.orEmpty(paymentNation);
  }
}
