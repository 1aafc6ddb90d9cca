package io.qconnect.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.marketplace.qapi.Fault;
import io.qconnect.marketplace.sandbox.Seeder;
import io.qconnect.protocol.client.ApiKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The example of the module's README: an integrator's own code (here plain {@code java.net.http},
 * as any Qoo10 client would call) against the sandbox, with orders, the clock and faults.
 */
class ExampleIntegratorTest {
  @RegisterExtension static Qoo10Sandbox qoo10 = Qoo10Sandbox.start();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

  /** What an integrator's client does: a form POST to the QAPI URL with the certification key. */
  private static JsonNode qapi(String method, String form) throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(URI.create(qoo10.qapiUrl() + "/" + method))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("GiosisCertificationKey", qoo10.certificationKey())
            .header("QAPIVersion", "1.0")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    try (HttpClient c = HttpClient.newHttpClient()) {
      return JSON.readTree(c.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }
  }

  private static String today() {
    return qoo10.now().format(DAY);
  }

  @Test
  void an_order_placed_by_a_buyer_is_found_by_get_shipping_info_v3() throws Exception {
    Seeder.Orderable item = qoo10.anOrderableItem();
    Qoo10Sandbox.Order order =
        qoo10.order(item.sellerCode(), Qoo10Sandbox.anOptionInStock(item), 1);

    JsonNode answer =
        qapi(
            "ShippingBasic.GetShippingInfo_v3",
            "ShippingStatus=2&SearchStartDate=" + today() + "&SearchEndDate=" + today());

    assertThat(answer.get("ResultCode").asInt()).isZero();
    assertThat(answer.get("ResultObject").findValuesAsText("OrderNo"))
        .contains(Long.toString(order.orderNos().get(0)));
  }

  @Test
  void the_seller_has_an_api_key_and_a_certification_key_that_works() throws Exception {
    assertThat(qoo10.sellerId()).isEqualTo("demo-shop");
    assertThat(qoo10.apiKey()).hasSize(40);
    assertThat(
            qoo10
                .client()
                .createCertificationKey(
                    new ApiKey(qoo10.apiKey()), qoo10.sellerId(), qoo10.password())
                .isSuccess())
        .isTrue();
    assertThat(qoo10.certificationKey()).isNotBlank();
  }

  @Test
  void a_fault_makes_the_next_call_fail_as_qoo10_would() throws Exception {
    qoo10.failNext("ShippingBasic.GetShippingInfo_v3", -10001);
    String range = "ShippingStatus=2&SearchStartDate=" + today() + "&SearchEndDate=" + today();
    assertThat(qapi("ShippingBasic.GetShippingInfo_v3", range).get("ResultCode").asInt())
        .isEqualTo(-10001);
    assertThat(qapi("ShippingBasic.GetShippingInfo_v3", range).get("ResultCode").asInt()).isZero();
    qoo10.fault("*", Fault.Kind.HTTP500, 1);
    HttpRequest req =
        HttpRequest.newBuilder(
                URI.create(qoo10.qapiUrl() + "/ShippingBasic.GetShippingInfo_v3?" + range))
            .header("GiosisCertificationKey", qoo10.certificationKey())
            .build();
    try (HttpClient c = HttpClient.newHttpClient()) {
      assertThat(c.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(500);
    }
    qoo10.clearFaults();
  }

  @Test
  void the_clock_moves_and_comes_back() {
    qoo10.setClock(OffsetDateTime.parse("2026-12-24T10:00:00+09:00"));
    assertThat(qoo10.now().toLocalDate()).hasToString("2026-12-24");
    qoo10.advanceClock(Duration.ofDays(1));
    assertThat(qoo10.now().toLocalDate()).hasToString("2026-12-25");
    qoo10.resetClock();
    assertThat(Duration.between(qoo10.now(), OffsetDateTime.now()).abs())
        .isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void a_reset_gives_the_same_seller_key_items_and_numbers_again() {
    String key = qoo10.apiKey();
    Seeder.Orderable item = qoo10.anOrderableItem();
    qoo10.reset();
    Qoo10Sandbox.Order first = qoo10.order(item.itemCode(), Qoo10Sandbox.anOptionInStock(item), 1);
    qoo10.reset();
    Qoo10Sandbox.Order again = qoo10.order(item.itemCode(), Qoo10Sandbox.anOptionInStock(item), 1);
    assertThat(qoo10.apiKey()).isEqualTo(key);
    assertThat(qoo10.anOrderableItem()).isEqualTo(item);
    assertThat(again).isEqualTo(first);
    assertThat(first.packNo()).isEqualTo(600000001L);
  }
}
