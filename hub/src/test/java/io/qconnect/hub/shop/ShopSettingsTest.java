package io.qconnect.hub.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qconnect.hub.core.HubException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShopSettingsTest {

  @Test
  void withers_change_one_setting_and_keep_the_defaults() {
    ShopSettings s =
        ShopSettings.defaults().withStatuses(3, 2).withIntervalMinutes(1).withLookbackDays(30);
    assertThat(s).isEqualTo(new ShopSettings(List.of(2, 3), 30, 1, true, false, 2, 30));
    assertThat(ShopSettings.defaults().withStatuses(2).withAutomation(false, true))
        .isEqualTo(new ShopSettings(List.of(2), 7, 5, false, true, 2, 30));
  }

  @Test
  void withers_validate_like_the_constructor() {
    assertThatThrownBy(() -> ShopSettings.defaults().withStatuses(4))
        .isInstanceOf(HubException.class)
        .hasMessageContaining("statuses");
    assertThatThrownBy(() -> ShopSettings.defaults().withLookbackDays(91))
        .isInstanceOf(HubException.class)
        .hasMessageContaining("lookbackDays");
  }
}
