package io.qconnect.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.qconnect.hub.HubFixture;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class OrderPagingApiTest {
  private static final String SHOP = "demo-shop";

  @Parameter Engine engine;

  private static void orders(HubFixture f, long first, int count) {
    for (long no = first; no < first + count; no++) {
      f.qoo10.order(SHOP, no, ShippingStatus.ON_REQUEST, f.jstNow().minusMinutes(5));
    }
  }

  /** Imports what Qoo10 has and lets the new lines settle. */
  private static void importAndSettle(HubFixture f) {
    f.hub.syncNow(SHOP);
    f.clock.advance(Duration.ofMinutes(1));
  }

  private static JsonNode page(ApiClient api, String after) {
    ApiClient.Answer a =
        api.get(
            "/api/orders?shop="
                + SHOP
                + "&limit=10&after="
                + URLEncoder.encode(after, StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private static List<Long> numbers(JsonNode page) {
    List<Long> out = new ArrayList<>();
    page.path("lines").forEach(l -> out.add(l.path("orderNo").asLong()));
    return out;
  }

  @Test
  void walking_the_pages_gives_every_line_once_while_new_lines_arrive() {
    try (HubFixture f = new HubFixture(engine);
        ApiClient api = new ApiClient(f)) {
      f.connect(SHOP);
      orders(f, 1001, 25);
      importAndSettle(f);

      List<Long> seen = new ArrayList<>();
      JsonNode first = page(api, "");
      seen.addAll(numbers(first));
      assertThat(first.path("more").asBoolean()).isTrue();

      orders(f, 2001, 12); // arrive between two pages
      importAndSettle(f);
      String next = first.path("next").asText();
      JsonNode p;
      int pages = 1;
      do {
        p = page(api, next);
        seen.addAll(numbers(p));
        next = p.path("next").asText();
        pages++;
      } while (p.path("more").asBoolean());

      assertThat(pages).isEqualTo(4);
      assertThat(seen).hasSize(37).doesNotHaveDuplicates();
      assertThat(seen.subList(0, 25)).containsExactlyInAnyOrderElementsOf(range(1001, 25));
      assertThat(seen.subList(25, 37)).containsExactlyInAnyOrderElementsOf(range(2001, 12));

      orders(f, 3001, 3); // after the last page: the same cursor finds them, once they settle
      f.hub.syncNow(SHOP);
      assertThat(numbers(page(api, next))).isEmpty();
      f.clock.advance(Duration.ofMinutes(1));
      JsonNode later = page(api, next);
      assertThat(numbers(later)).containsExactlyInAnyOrderElementsOf(range(3001, 3));
      assertThat(later.path("more").asBoolean()).isFalse();
    }
  }

  @Test
  void a_cursor_that_no_page_gave_is_refused_by_name() {
    try (HubFixture f = new HubFixture(engine);
        ApiClient api = new ApiClient(f)) {
      ApiClient.Answer a = api.get("/api/orders?after=not-a-cursor!");

      assertThat(a.status()).isEqualTo(400);
      assertThat(a.json().path("error").asText()).contains("after must be the cursor");
    }
  }

  private static List<Long> range(long first, int count) {
    List<Long> out = new ArrayList<>();
    for (long no = first; no < first + count; no++) {
      out.add(no);
    }
    return out;
  }
}
