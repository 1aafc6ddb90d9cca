package io.qconnect.protocol.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryInfoFormatTest {
  @Test
  void parses_the_documented_example() {
    List<InventoryOption> o =
        InventoryInfoFormat.parse("color||*red||*0||*10||*red-1$$color||*blue||*500||*15||*blue-1");
    assertThat(o).hasSize(2);
    assertThat(o.get(1).axes()).containsExactly(new OptionAxis("color", "blue"));
    assertThat(o.get(1).priceDelta()).isEqualTo(500);
    assertThat(o.get(1).qty()).isEqualTo(15);
    assertThat(o.get(1).optionCode()).isEqualTo("blue-1");
  }

  @Test
  void parses_three_axes_and_renders_them_back() {
    String text = "色||*赤||*サイズ||*M||*柄||*無地||*-100||*3||*R-M-P";
    List<InventoryOption> o = InventoryInfoFormat.parse(text);
    assertThat(o.get(0).axes()).hasSize(3);
    assertThat(o.get(0).priceDelta()).isEqualTo(-100);
    assertThat(InventoryInfoFormat.format(o)).isEqualTo(text);
  }

  @Test
  void blank_text_means_no_options() {
    assertThat(InventoryInfoFormat.parse("")).isEmpty();
  }

  @Test
  void names_the_row_of_a_malformed_option() {
    assertThatThrownBy(() -> InventoryInfoFormat.parse("a||*b||*0||*1||*c$$a||*b||*x||*1||*d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("price");
    assertThatThrownBy(() -> InventoryInfoFormat.parse("color||*red||*0"))
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> InventoryInfoFormat.parse("a||*1||*b||*2||*c||*3||*d||*4||*0||*1||*x"))
        .hasMessageContaining("1 to 3");
    assertThatThrownBy(() -> InventoryInfoFormat.parse("a||*1||*0||*-1||*x"))
        .hasMessageContaining("qty");
  }
}
