package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishTextTest {
  @Test
  void an_english_sentence_in_a_japanese_page_is_found() {
    String html =
        "<html><body><main><h1>受注管理</h1>"
            + "<div class=\"flash\">処理できませんでした: -10018 EstShipDt must be after today.</div>"
            + "<p>lookbackDays must be 1–90, not -5</p></main></body></html>";

    assertThat(EnglishText.sentences(html))
        .containsExactly("EstShipDt must be after today", "lookbackDays must be");
  }

  @Test
  void a_sentence_split_by_commas_is_one_sentence_and_two_words_are_none() {
    assertThat(EnglishText.inText("a rejection, needs a reason")).hasSize(1);
    assertThat(EnglishText.inText("Test Connection を実行")).isEmpty();
    assertThat(EnglishText.inText("NEW → CONFIRMED")).isEmpty();
  }

  @Test
  void product_protocol_and_code_names_are_not_english_words() {
    assertThat(EnglishText.inText("Qoo10 QSM QAPI API FTP CSV SKU ID URL の設定")).isEmpty();
    assertThat(EnglishText.inText("GoQSystem, NextEngine, Qoo10 API key")).isEmpty();
    assertThat(EnglishText.inText("SKU-0001-NVY-M SKU-0002 demo-shop")).isEmpty();
  }

  @Test
  void code_scripts_attributes_and_data_marked_untranslated_are_not_read() {
    String html =
        "<html><head><title>The page title in English</title>"
            + "<script>var x = 'this is a script';</script></head><body>"
            + "<input placeholder=\"type your shop name here\" title=\"a long english title\">"
            + "<code>ShippingBasic.SetSendingInfo returns a result</code>"
            + "<kbd>mvn verify the whole thing</kbd>"
            + "<pre>java -jar app.jar all</pre>"
            + "<table><tr><td translate=\"no\">Organic Cotton T-shirt Blue Large</td></tr></table>"
            + "<textarea>what the seller typed in English</textarea>"
            + "<p>商品名 <span translate=\"no\">My Very Own Item</span> を保存しました</p>"
            + "</body></html>";

    assertThat(EnglishText.sentences(html)).isEmpty();
  }

  @Test
  void words_in_separate_elements_do_not_make_a_sentence() {
    assertThat(EnglishText.sentences("<table><tr><td>NEW</td><td>PAID</td><td>SHIPPED</td></tr>"))
        .isEmpty();
  }
}
