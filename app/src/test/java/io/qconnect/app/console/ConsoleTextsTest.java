package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.access.Condition;
import io.qconnect.marketplace.access.PermissionKind;
import io.qconnect.marketplace.catalog.DataKind;
import io.qconnect.marketplace.catalog.ItemQuery;
import io.qconnect.marketplace.catalog.ShippingFeeType;
import io.qconnect.protocol.item.ItemStatus;
import io.qconnect.protocol.order.ClaimStatus;
import io.qconnect.protocol.order.ShippingStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConsoleTextsTest {
  /** Korean texts that are product or code names only, the same in every language. */
  private static final Set<String> CODE_NAMES =
      Set.of(
          "ID",
          "Web",
          "SKU",
          "QAPI URL",
          "Qoo10: {0}",
          "FTP",
          "QSM ID",
          "Seller ID",
          "API Key",
          "API Key (API ID)",
          "Certification Key",
          "Qoo10 API Key",
          "Get Auth",
          "Seller SKU Code",
          "{0} ms",
          "");

  private static final Pattern KEY_LITERAL =
      Pattern.compile("\\b(?:t|f|shell|nav)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

  private final Messages messages = Messages.load();

  @Test
  void japanese_and_english_have_the_same_keys() {
    assertThat(messages.of("en").keys()).isEqualTo(messages.of("ja").keys());
  }

  @Test
  void korean_has_the_same_keys_as_japanese() {
    Set<String> korean = new TreeSet<>(messages.of("ko").keys());
    korean.removeIf(k -> k.startsWith(Msg.PAIR));
    assertThat(korean).isEqualTo(new TreeSet<>(messages.of("ja").keys()));
  }

  @Test
  void no_korean_text_is_still_japanese_kana_kanji_or_an_english_sentence() {
    Msg ko = messages.of("ko");
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(ko.keys())) {
      String text = ko.t(key);
      if (key.startsWith("fmt.") || text.replaceAll("\\{\\d+}", "").matches("[^\\p{L}]*")) {
        continue; // a date pattern, or punctuation around a value: nothing to translate
      }
      if (KoreanText.foreign(text) != null
          || !KoreanText.readsAsKorean(text) && !CODE_NAMES.contains(text)) {
        wrong.add(key + "=" + text);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void the_korean_check_catches_japanese_and_english() {
    assertThat(KoreanText.foreign("주문 확인 (注文確認)")).isNotNull();
    assertThat(KoreanText.foreign("발송예정일을 입력しました")).isNotNull();
    assertThat(KoreanText.foreign("처리할 수 없습니다: the date must be after today")).isNotNull();
    assertThat(KoreanText.foreign("API・FTP・QSM권한")).isNull();
    assertThat(KoreanText.foreign("연결 테스트 (Test Connection)")).isNull();
    assertThat(KoreanText.readsAsKorean("Orders")).isFalse();
  }

  @Test
  void every_status_and_condition_name_of_the_domain_has_a_korean_name() {
    Msg ko = messages.of("ko");
    List<String[]> pairs = new ArrayList<>();
    for (var s : ShippingStatus.values()) {
      pairs.add(new String[] {s.qsmJa(), s.qsmEn()});
    }
    for (var s : ClaimStatus.values()) {
      pairs.add(new String[] {s.ja(), s.en()});
    }
    for (var s : ItemStatus.values()) {
      pairs.add(new String[] {s.ja(), s.en()});
    }
    for (var s : PermissionKind.values()) {
      pairs.add(new String[] {s.ja(), s.en()});
    }
    for (var s : Condition.values()) {
      pairs.add(new String[] {s.ja(), s.en()});
    }
    for (var s : ShippingFeeType.values()) {
      pairs.add(new String[] {s.ja(), s.en()});
    }
    for (var s : DataKind.values()) {
      pairs.add(new String[] {s.ja(), s.en()});
    }
    for (var s : ItemQuery.SearchBy.values()) {
      pairs.add(new String[] {s.ja(), s.en()});
    }
    for (var s : ItemQuery.StockState.values()) {
      pairs.add(new String[] {s.ja(), s.en()});
    }
    List<String> missing = new ArrayList<>();
    for (String[] p : pairs) {
      String korean = ko.pick(p[0], p[1]);
      if (!KoreanText.readsAsKorean(korean) || KoreanText.foreign(korean) != null) {
        missing.add(p[0]);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(ko.pick("配送要請/新規注文", "New order")).isEqualTo("배송요청/신규주문");
    assertThat(messages.of("ja").pick("配送要請/新規注文", "New order")).isEqualTo("配送要請/新規注文");
    assertThat(messages.of("en").pick("配送要請/新規注文", "New order")).isEqualTo("New order");
  }

  @Test
  void korean_dates_read_year_month_day_with_the_korean_day_of_the_week() {
    Msg ko = messages.of("ko");
    assertThat(ko.date(LocalDate.of(2026, 12, 1))).isEqualTo("2026.12.01(화)");
    assertThat(ko.dt(LocalDateTime.of(2026, 12, 6, 9, 5))).isEqualTo("2026.12.06(일) 09:05");
    assertThat(ko.at(Instant.parse("2026-11-30T15:30:00Z"))).isEqualTo("2026.12.01(화) 00:30");
  }

  @Test
  void the_language_selector_offers_the_two_other_languages_each_in_its_own_language() {
    assertThat(messages.of("ja").others()).containsExactly("en", "ko");
    assertThat(messages.of("en").others()).containsExactly("ja", "ko");
    assertThat(messages.of("ko").others()).containsExactly("ja", "en");
    assertThat(Msg.nameOf("ko")).isEqualTo("한국어");
    assertThat(Msg.nameOf("ja")).isEqualTo("日本語");
    assertThat(Msg.nameOf("en")).isEqualTo("English");
  }

  @Test
  void every_key_named_in_templates_and_screens_has_a_text() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path root :
        new Path[] {Path.of("src/main/jte"), Path.of("src/main/java/io/qconnect/app/console")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Matcher m = KEY_LITERAL.matcher(Files.readString(f));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(used.stream().filter(k -> !messages.of("ja").has(k))).isEmpty();
  }

  @Test
  void japanese_is_the_default_and_accept_language_chooses_by_weight() {
    assertThat(Messages.fromHeader(null)).isEqualTo("ja");
    assertThat(Messages.fromHeader("fr-FR,fr;q=0.9")).isEqualTo("ja");
    assertThat(Messages.fromHeader("en-US,en;q=0.9,ja;q=0.8")).isEqualTo("en");
    assertThat(Messages.fromHeader("en;q=0.5,ja-JP;q=0.9")).isEqualTo("ja");
    assertThat(messages.choose("en", "ja").lang()).isEqualTo("en");
    assertThat(messages.choose("xx", "en").lang()).isEqualTo("en");
    assertThat(Messages.fromHeader("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7")).isEqualTo("ko");
    assertThat(Messages.fromHeader("ja;q=0.9,ko;q=0.4")).isEqualTo("ja");
    assertThat(Messages.fromHeader("kok,english")).isEqualTo("ja");
    assertThat(messages.choose("ko", "ja").lang()).isEqualTo("ko");
  }

  @Test
  void arguments_fill_the_numbered_places() {
    assertThat(messages.of("en").f("common.daysLeft", 12)).isEqualTo("12 days left");
    assertThat(messages.of("ja").f("common.daysLeft", 12)).isEqualTo("残り12日");
    assertThat(messages.of("ja").t("no.such.key")).isEqualTo("[no.such.key]");
  }
}
