package io.qconnect.marketplace.notice;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The template catalogue: every group with the kinds it offers, including the templates the seed
 * shows (1, 4, 51, 76, 17). Each mail carries {@code (注文番号:<orderNo>)} in its subject and a body
 * line {@code カート番号 : <packNo>}, which the hub's mail intake relies on.
 */
public final class Templates {
  private Templates() {}

  private static final String THANKS = "いつもQoo10をご利用いただきまして誠にありがとうございます。";

  /** The order notice body, lines in the seed's order (R41). */
  static final String ORDER_BODY =
      String.join(
          "\n",
          THANKS,
          "お客様から下記の注文が入りましたのでお知らせいたします。",
          "販売者ID : [$_SELLER_ID_$]",
          "カート番号 : [$_PACK_NO_$]",
          "送料 : ¥[$_DELIVERY_FEE_$]",
          "注文日時 : [$_ORDER_TIME_$]",
          "■注文者の情報",
          "氏名 : [$_BUYER_NM_$]",
          "氏名(フリガナ) : [$_BUYER_NM_JA_$]",
          "電話番号 : [$_BUYER_TEL_NO_$]",
          "Eメールアドレス : [$_BUYER_EMAIL_$]",
          "■支払方法",
          "[$_PAYMENT_METHOD_$]");

  private static String lineBody(String what, String... extra) {
    StringBuilder b =
        new StringBuilder()
            .append(THANKS)
            .append('\n')
            .append(what)
            .append('\n')
            .append("販売者ID : [$_SELLER_ID_$]\n")
            .append("注文番号 : [$_ORDER_NO_$]\n")
            .append("カート番号 : [$_PACK_NO_$]\n")
            .append("商品名 : [$_ITEM_NM_$]\n")
            .append("数量 : [$_QTY_$]\n")
            .append("注文日時 : [$_ORDER_TIME_$]\n")
            .append("■注文者の情報\n")
            .append("氏名 : [$_BUYER_NM_$]\n")
            .append("氏名(フリガナ) : [$_BUYER_NM_JA_$]");
    for (String e : extra) {
      b.append('\n').append(e);
    }
    return b.toString();
  }

  static String subject(NoticeKind k) {
    return "Qoo10の" + k.subjectWords() + "です。(注文番号:[$_ORDER_NO_$])";
  }

  static String body(NoticeKind k) {
    return switch (k) {
      case ORDER -> ORDER_BODY;
      case SHIPPING_REQUEST -> lineBody("下記の注文の配送要請が入りましたのでお知らせいたします。", "発送期限 : [$_SHIP_BY_$]");
      case DELIVERED ->
          lineBody(
              "下記の注文の配送が完了しましたのでお知らせいたします。", "配送会社 : [$_CARRIER_$]", "送り状番号 : [$_TRACKING_NO_$]");
      case CANCEL_REQUESTED ->
          lineBody("お客様から下記の注文のキャンセル要請が入りましたのでお知らせいたします。", "キャンセル理由 : [$_CLAIM_REASON_$]");
      case CANCEL_COMPLETED ->
          lineBody("下記の注文のキャンセルが完了しましたのでお知らせいたします。", "キャンセル理由 : [$_CLAIM_REASON_$]");
    };
  }

  private static Template t(int no, TemplateGroup g, String name, NoticeKind k) {
    return new Template(no, g, name, k, subject(k), body(k));
  }

  private static final List<Template> ALL =
      List.of(
          t(1, TemplateGroup.STOCKGEAR, "[Email] StockGear Order - Unit", NoticeKind.ORDER),
          t(
              2,
              TemplateGroup.STOCKGEAR,
              "[Email] StockGear Cancel Request",
              NoticeKind.CANCEL_REQUESTED),
          t(4, TemplateGroup.NEXTENGINE, "[Email] NextEngine Order - Unit", NoticeKind.ORDER),
          t(51, TemplateGroup.NEXTENGINE, "[Email] NextEngine Order - Cart", NoticeKind.ORDER),
          t(
              76,
              TemplateGroup.NEXTENGINE,
              "[Email] NextEngine Transport Request",
              NoticeKind.SHIPPING_REQUEST),
          t(
              77,
              TemplateGroup.NEXTENGINE,
              "[Email] NextEngine Cancel Request",
              NoticeKind.CANCEL_REQUESTED),
          t(6, TemplateGroup.CROSSMALL, "[Email] CrossMall Order - Unit", NoticeKind.ORDER),
          t(
              78,
              TemplateGroup.CROSSMALL,
              "[Email] CrossMall Cancel Complete",
              NoticeKind.CANCEL_COMPLETED),
          t(8, TemplateGroup.ZAIKOROBOT, "[Email] ZaikoRobot Order - Unit", NoticeKind.ORDER),
          t(
              9,
              TemplateGroup.ZAIKOROBOT,
              "[Email] ZaikoRobot Cancel Complete",
              NoticeKind.CANCEL_COMPLETED),
          t(13, TemplateGroup.BASIC, "Basic Order (Mail)", NoticeKind.ORDER),
          t(14, TemplateGroup.BASIC, "Basic Shipping Request (Mail)", NoticeKind.SHIPPING_REQUEST),
          t(15, TemplateGroup.BASIC, "Basic Delivery Complete (Mail)", NoticeKind.DELIVERED),
          t(16, TemplateGroup.BASIC, "Basic Claim Request (Mail)", NoticeKind.CANCEL_REQUESTED),
          t(17, TemplateGroup.BASIC, "Basic Claim Complete (Mail)", NoticeKind.CANCEL_COMPLETED),
          t(20, TemplateGroup.JP_AGENCY, "[Email] [JP]Agency Order", NoticeKind.ORDER),
          t(
              21,
              TemplateGroup.JP_AGENCY,
              "[Email] [JP]Agency Delivery Complete",
              NoticeKind.DELIVERED),
          t(30, TemplateGroup.BOOXSALES, "[Email] BooxSales Order", NoticeKind.ORDER),
          t(35, TemplateGroup.TSUHAN_SURU_KURA, "[Email] 通販する蔵 Order", NoticeKind.ORDER),
          t(
              36,
              TemplateGroup.TSUHAN_SURU_KURA,
              "[Email] 通販する蔵 Cancel Complete",
              NoticeKind.CANCEL_COMPLETED),
          t(40, TemplateGroup.SOFTEL, "[Email] Softel Order", NoticeKind.ORDER),
          t(45, TemplateGroup.EXTERNAL_ORDER, "[Email] External Order - Unit", NoticeKind.ORDER),
          t(
              46,
              TemplateGroup.EXTERNAL_ORDER,
              "[Email] External Order Cancel Request",
              NoticeKind.CANCEL_REQUESTED));

  /** Every template, grouped in the seed's group order. */
  public static List<Template> all() {
    return ALL.stream()
        .sorted(
            java.util.Comparator.comparing((Template t) -> t.group().ordinal())
                .thenComparing(Template::no))
        .toList();
  }

  public static Optional<Template> byNo(int no) {
    return ALL.stream().filter(t -> t.no() == no).findFirst();
  }

  /** The picker's Search: a kind (null = ALL) and a group (null = every group). */
  public static List<Template> search(NoticeKind kind, TemplateGroup group) {
    return all().stream()
        .filter(t -> kind == null || t.kind() == kind)
        .filter(t -> group == null || t.group() == group)
        .toList();
  }

  /** The kinds a group offers, in kind order. */
  public static List<NoticeKind> kindsOf(TemplateGroup g) {
    return Arrays.stream(NoticeKind.values())
        .filter(k -> ALL.stream().anyMatch(t -> t.group() == g && t.kind() == k))
        .toList();
  }
}
