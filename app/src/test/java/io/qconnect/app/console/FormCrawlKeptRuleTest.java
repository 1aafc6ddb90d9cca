package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The crawl's rule for which refused forms must show again what was typed. */
class FormCrawlKeptRuleTest {
  private static Element form(String attributes) {
    return Jsoup.parse("<form method=\"post\" action=\"/x/remove\" " + attributes + "></form>")
        .selectFirst("form");
  }

  @Test
  void aFormWithoutTheMarkKeepsWhatWasTypedWhateverItsAction() {
    assertThat(FormCrawlTest.keepsInput(form(""))).isTrue();
  }

  @Test
  void aFormMarkedDataKeptNoIsAskedForAnew() {
    assertThat(FormCrawlTest.keepsInput(form("data-kept=\"no\""))).isFalse();
  }

  @Test
  void anyOtherValueOfTheMarkStillKeepsWhatWasTyped() {
    assertThat(FormCrawlTest.keepsInput(form("data-kept=\"yes\""))).isTrue();
  }
}
