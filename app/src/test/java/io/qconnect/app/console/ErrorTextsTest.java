package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ErrorTextsTest {
  private final Messages messages = Messages.load();
  private final Msg ja = messages.of("ja");
  private final Msg en = messages.of("en");

  @Test
  void a_qapi_result_reads_as_japanese_with_its_code_in_parentheses() {
    assertThat(ja.qapi(-10018, "EstShipDt must be after today."))
        .isEqualTo("発送予定日は本日より後の日付にしてください（-10018）");
    assertThat(en.qapi(-10018, "EstShipDt must be after today."))
        .isEqualTo("The estimated ship date must be after today (-10018)");
  }

  @Test
  void a_refusal_names_the_value_that_is_wrong() {
    assertThat(ja.err("lookbackDays must be 1–90, not -5"))
        .isEqualTo("遡る日数は1〜90の範囲で入力してください（入力値 -5）");
    assertThat(ja.err("a rejection needs a reason")).isEqualTo("却下理由を入力してください");
    assertThat(ja.err("no bulk request 999999")).isEqualTo("一括登録の受付番号999999は見つかりません");
  }

  @Test
  void a_refused_bulk_upload_row_names_the_field_in_japanese() {
    assertThat(ja.qapi(-10001, "Processing Error - ItemPrice must be 1..999,999,999 yen: 'abc'"))
        .isEqualTo("処理できませんでした: 販売価格は1〜999,999,999円で入力してください（入力値「abc」）（-10001）");
  }

  @Test
  void the_weekend_rule_names_the_next_business_day_as_a_japanese_date() {
    assertThat(
            ja.err(
                "requests are not processed on Saturdays, Sundays or holidays; next business day:"
                    + " 2026-12-07"))
        .isEqualTo("土日祝日は申請を処理できません。次の営業日は2026/12/07(月)です");
  }

  @Test
  void nested_texts_and_status_names_are_translated_too() {
    assertThat(
            ja.err(
                "shop demo-shop: Qoo10 refused the login: the shop ID (QSM login ID) or the"
                    + " password is wrong (-10001 Login failed)"))
        .isEqualTo("ショップdemo-shop: Qoo10がログインを拒否しました。ショップID（QSMログインID）またはパスワードが違います（-10001）");
    assertThat(
            ja.err(
                "shop demo-shop: Get Auth failed: Qoo10 refused the login: the shop ID (QSM login"
                    + " ID) or the password is wrong (-10001 The user ID or password is"
                    + " incorrect.)"))
        .isEqualTo(
            "ショップdemo-shop: 認証キーを取得できませんでした: Qoo10がログインを拒否しました。ショップID（QSMログインID）またはパスワードが違います（-10001）");
    assertThat(ja.value("NEW")).isEqualTo("新規受付");
    assertThat(ja.value("CONFIRMED")).isEqualTo("注文確認済み");
    assertThat(ja.value("On request(2)")).isEqualTo("配送要請/新規注文");
    assertThat(ja.err("Qoo10 On request(2)")).isEqualTo("Qoo10: 配送要請/新規注文");
    assertThat(ja.value("demo-shop")).isEqualTo("demo-shop");
  }

  @Test
  void a_text_the_table_does_not_know_is_shown_as_it_is() {
    assertThat(ja.err("something entirely new")).isEqualTo("something entirely new");
    assertThat(ja.err(null)).isEmpty();
  }

  @Test
  void every_row_has_a_text_in_every_language_and_the_japanese_has_no_english_sentence()
      throws Exception {
    Properties ko = new Properties();
    try (var in = Messages.class.getResourceAsStream("messages_ko.properties")) {
      ko.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    assertThat(ErrorTexts.size()).isGreaterThan(150);
    for (String key : ErrorTexts.keys()) {
      assertThat(ja.has(key)).as(key + " in Japanese").isTrue();
      assertThat(en.has(key)).as(key + " in English").isTrue();
      assertThat(ko.getProperty(key)).as(key + " in Korean").isNotBlank();
      assertThat(EnglishText.inText(ja.t(key))).as(key).isEmpty();
    }
  }

  @Test
  void dates_read_as_japanese_users_read_them_in_japan_time() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    assertThat(ja.date(day)).isEqualTo("2026/12/01(火)");
    assertThat(ja.dt(day.atTime(9, 30))).isEqualTo("2026/12/01(火) 09:30");
    assertThat(ja.at(Instant.parse("2026-12-01T00:30:00Z"))).isEqualTo("2026/12/01(火) 09:30");
    assertThat(ja.day(LocalDateTime.of(2026, 12, 1, 0, 0))).isEqualTo("2026/12/01(火)");
    assertThat(en.date(day)).isEqualTo("Tue 2026-12-01");
    assertThat(en.dt(day.atTime(9, 30))).isEqualTo("Tue 2026-12-01 09:30");
    assertThat(ja.date(null)).isEqualTo("-");
  }
}
