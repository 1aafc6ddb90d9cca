package io.qconnect.marketplace.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.marketplace.core.MarketplaceException;
import org.junit.jupiter.api.Test;

/** Buyer and receiver texts are stripped exactly as {@link String#strip} strips them. */
class BuyerTextTest {
  @Test
  void every_character_at_either_end_is_stripped_as_string_strip_does() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String ch = String.valueOf((char) c);
      for (String v : new String[] {ch, ch + "山田", "山田" + ch, ch + "a" + ch, ch + ch}) {
        assertThat(Buyer.strip(v)).as("U+%04X in '%s'", c, v).isEqualTo(v.strip());
      }
    }
    String emoji = "😀";
    assertThat(Buyer.strip(emoji + " ")).isEqualTo(emoji);
    assertThat(Buyer.strip(null)).isEmpty();
  }

  @Test
  void a_name_of_ideographic_spaces_only_is_refused_and_one_around_a_name_is_stripped() {
    assertThatThrownBy(() -> new Buyer("\u3000\u3000", "", "", "", ""))
        .isInstanceOf(MarketplaceException.class)
        .hasMessageContaining("buyer name is required");
    assertThat(new Buyer("\u3000山田 太郎\u3000", " ヤマダ ", "", "", "").name()).isEqualTo("山田 太郎");
  }
}
