package io.qconnect.marketplace.access;

import java.util.Objects;

/**
 * One issuance condition that failed, with the value that made it fail, so that a reason reads
 * 「サービスポイントが0点未満です（現在 -3点）」 rather than naming the condition.
 *
 * @param value what was found: the service points or the count of delays, inquiries or claims, the
 *     suspended kind (API or FTP); "" where the condition has no value (review, purpose, company)
 *     or for a request decided before values were recorded
 */
public record Failure(Condition condition, String value) {
  public Failure {
    Objects.requireNonNull(condition, "condition");
    value = value == null ? "" : value.strip();
    if (value.contains(",") || value.contains("=")) {
      throw new IllegalArgumentException("a failure's value holds no ',' or '=': " + value);
    }
  }

  /** The failure without a value (a condition with none, or one recorded before values were). */
  public static Failure of(Condition condition) {
    return new Failure(condition, "");
  }

  static Failure of(Condition condition, long value) {
    return new Failure(condition, Long.toString(value));
  }

  /** How it is stored: {@code CONDITION} or {@code CONDITION=value}. */
  String code() {
    return value.isEmpty() ? condition.name() : condition.name() + "=" + value;
  }

  /** Reads {@link #code()}; a plain condition name (stored before values were) has no value. */
  static Failure parse(String code) {
    int eq = code.indexOf('=');
    return eq < 0
        ? of(Condition.valueOf(code))
        : new Failure(Condition.valueOf(code.substring(0, eq)), code.substring(eq + 1));
  }

  /** What is wrong, in Japanese, for the seller's mails (the console has its own texts). */
  public String ja() {
    return switch (condition) {
      case REVIEW_COMPLETED -> "出店審査が完了していません";
      case SERVICE_POINTS -> "サービスポイントが0点未満です" + (value.isEmpty() ? "" : "（現在 " + value + "点）");
      case NO_SHIPPING_DELAYS -> "発送遅延があります" + count();
      case NO_UNANSWERED_INQUIRIES -> "未回答のお問い合わせがあります" + count();
      case NO_UNRESOLVED_CLAIMS -> "未処理のクレームがあります" + count();
      case PURPOSE_GIVEN -> "利用目的が入力されていません";
      case INTEGRATION_COMPANY_GIVEN -> "連動会社（クライアント）名が入力されていません";
      case NOT_SUSPENDED -> (value.isEmpty() ? "API/FTP" : value) + "の利用が制限されています（利用制限中）";
    };
  }

  private String count() {
    return value.isEmpty() ? "" : "（現在 " + value + "件）";
  }
}
