package io.qconnect.marketplace.access;

/**
 * The issuance conditions of the seller guides (API発行条件 / FTP開設条件), each checked when a request is
 * processed. A rejection names every condition that failed.
 */
public enum Condition {
  REVIEW_COMPLETED("the shop review is completed", "出店審査状態が完了していること"),
  SERVICE_POINTS("service points are 0 or more", "サービスポイント0点以上"),
  NO_SHIPPING_DELAYS("no shipping delays", "未処理件がないこと（発送遅延）"),
  NO_UNANSWERED_INQUIRIES("no unanswered inquiries", "未処理件がないこと（問合せ未回答）"),
  NO_UNRESOLVED_CLAIMS("no unresolved claims", "未処理件がないこと（クレーム件）"),
  PURPOSE_GIVEN("the purpose of use is given", "利用目的が明確であること"),
  INTEGRATION_COMPANY_GIVEN("the integration company (program) is given", "連動会社（クライアント）名が明確であること"),
  NOT_SUSPENDED("API/FTP use is not restricted", "API/FTP利用が制限されていないこと");

  private final String en;
  private final String ja;

  Condition(String en, String ja) {
    this.en = en;
    this.ja = ja;
  }

  public String en() {
    return en;
  }

  public String ja() {
    return ja;
  }
}
