package io.qconnect.marketplace.notice;

import io.qconnect.marketplace.access.Decision;
import io.qconnect.marketplace.access.Failure;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.access.PermissionRequest;
import io.qconnect.marketplace.seller.SellerService;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The seller notices that are not templates': "FTP opening complete" when an FTP request is
 * approved (R20), and the decision on an API-key request (approved, or rejected with the reasons),
 * sent to the seller's registered e-mail address through the mail log like every other mail.
 */
public final class SellerNotices implements Consumer<Decision> {
  public static final String FTP_OPENED = "FTP_OPENED";
  public static final String API_KEY_APPROVED = "API_KEY_APPROVED";
  public static final String API_KEY_REJECTED = "API_KEY_REJECTED";

  private final NoticeService notices;
  private final SellerService sellers;

  public SellerNotices(NoticeService notices, SellerService sellers) {
    this.notices = notices;
    this.sellers = sellers;
  }

  @Override
  public void accept(Decision d) {
    PermissionRequest r = d.request();
    String to = sellers.get(r.sellerId()).email();
    boolean approved = d instanceof Decision.Approved;
    if (r.kind() == PermissionKind.FTP && approved) {
      notices.sellerNotice(
          r.sellerId(),
          to,
          FTP_OPENED,
          "【Qoo10】FTPオープン完了のお知らせ (販売者ID:" + r.sellerId() + ")",
          String.join(
              "\n",
              "いつもQoo10をご利用いただきまして誠にありがとうございます。",
              "販売者ID : " + r.sellerId(),
              "申請番号 : " + r.id(),
              "FTPのオープンが完了しました。",
              "接続情報はQSMの「商品の一括登録/修正」ページの【FTP接続でアップロード】に表示されます。",
              "反映までに数時間かかる場合があります。"));
    } else if (r.kind() == PermissionKind.API_KEY) {
      String reasons =
          r.failures().stream().map(Failure::ja).collect(Collectors.joining("\n・", "・", ""));
      notices.sellerNotice(
          r.sellerId(),
          to,
          approved ? API_KEY_APPROVED : API_KEY_REJECTED,
          approved
              ? "【Qoo10】API利用申請承認のお知らせ (販売者ID:" + r.sellerId() + ")"
              : "【Qoo10】API利用申請の審査結果のお知らせ (販売者ID:" + r.sellerId() + ")",
          approved
              ? String.join(
                  "\n",
                  "いつもQoo10をご利用いただきまして誠にありがとうございます。",
                  "販売者ID : " + r.sellerId(),
                  "申請番号 : " + r.id(),
                  "API利用申請が承認され、API keyが発行されました。",
                  "API keyはQSMの「API IDの発行/照会」で確認できます。")
              : String.join(
                  "\n",
                  "いつもQoo10をご利用いただきまして誠にありがとうございます。",
                  "販売者ID : " + r.sellerId(),
                  "申請番号 : " + r.id(),
                  "誠に恐れ入りますが、API利用申請は承認されませんでした。",
                  "■理由",
                  r.failed().isEmpty()
                      ? r.note()
                      : reasons + (r.note().isEmpty() ? "" : "\n" + r.note()),
                  "条件を満たした後、QSMの「API・FTP・QSM権限」から再度申請してください。"));
    }
  }
}
