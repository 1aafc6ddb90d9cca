package io.qconnect.hub.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.qconnect.hub.HubFixture;
import io.qconnect.hub.orders.HubStatus;
import io.qconnect.protocol.order.ShippingStatus;
import io.qconnect.protocol.testing.TestDatabases.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Shipping instructions reach a warehouse's webhook: signed, retried with backoff, once. */
@ParameterizedClass
@EnumSource(Engine.class)
class WebhookDeliveryTest {
  private static final String SHOP = "demo-shop";
  private static final String SECRET = "whsec-2b7d0e9c4a61f853";

  @Parameter Engine engine;

  /** One request as the warehouse received it. */
  record Received(String id, String signature, String body, int answered) {}

  /** A warehouse on port 0 that answers 500 to its first {@code failures} requests, then 200. */
  static final class Warehouse implements AutoCloseable {
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    Warehouse(int failures) {
      AtomicInteger calls = new AtomicInteger();
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext(
          "/wh",
          ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = calls.incrementAndGet() <= failures ? 500 : 200;
            received.add(
                new Received(
                    ex.getRequestHeaders().getFirst("X-QConnect-Instruction-Id"),
                    ex.getRequestHeaders().getFirst("X-QConnect-Signature"),
                    body,
                    status));
            ex.sendResponseHeaders(status, -1);
            ex.close();
          });
      server.start();
    }

    URI url() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wh");
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  /** The signature as a warehouse computes it, independently of the hub's code. */
  private static String expectedSignature(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static void webhook(HubFixture f, Warehouse w, boolean auto) {
    f.hub
        .shopFulfilment()
        .update(SHOP, new FulfilmentPatch(null, auto, w.url().toString(), SECRET, null));
  }

  @Test
  void a_confirmed_line_is_instructed_automatically_and_delivered_once_after_two_failures() {
    try (HubFixture f = new HubFixture(engine);
        Warehouse w = new Warehouse(2)) {
      f.connect(SHOP);
      webhook(f, w, true);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));

      f.hub.syncNow(SHOP);

      assertThat(f.hub.orders().get(SHOP, 1001).hubStatus()).isEqualTo(HubStatus.INSTRUCTED);
      assertThat(f.hub.deliverInstructionsNow()).isZero(); // 500
      assertThat(f.hub.deliverInstructionsNow()).isZero(); // not due yet: backoff
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(f.hub.deliverInstructionsNow()).isZero(); // 500 again
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(f.hub.deliverInstructionsNow()).isZero(); // backoff doubled: 2 minutes
      f.clock.advance(Duration.ofMinutes(1));
      assertThat(f.hub.deliverInstructionsNow()).isEqualTo(1);
      f.clock.advance(Duration.ofHours(2));
      assertThat(f.hub.deliverInstructionsNow()).isZero();
      f.hub.syncNow(SHOP); // a later import does not instruct the line again

      assertThat(w.received).extracting(Received::answered).containsExactly(500, 500, 200);
      String id = FulfilmentService.instructionId(SHOP, 1001);
      assertThat(w.received).allSatisfy(r -> assertThat(r.id()).isEqualTo(id));
      assertThat(w.received)
          .allSatisfy(r -> assertThat(r.signature()).isEqualTo(expectedSignature(r.body())));
      assertThat(w.received.get(0).body())
          .contains("\"instructionId\":\"" + id + "\"")
          .contains("\"orderNo\":1001")
          .contains("東京都渋谷区神宮前1-2-3");
      Instruction i = f.hub.fulfilment().instructions(SHOP, 10).get(0);
      assertThat(i.webhookState()).isEqualTo(Instruction.WebhookState.DELIVERED);
      assertThat(i.attempts()).isEqualTo(3);
      assertThat(f.hub.fulfilment().instructions(SHOP, 10)).hasSize(1);
    }
  }

  @Test
  void a_forged_or_changed_body_does_not_match_the_signature() {
    String body = "{\"instructionId\":\"x\",\"orderNo\":1}";
    assertThat("sha256=" + WebhookSender.sign(body, SECRET)).isEqualTo(expectedSignature(body));
    assertThat("sha256=" + WebhookSender.sign(body.replace('1', '2'), SECRET))
        .isNotEqualTo(expectedSignature(body));
    assertThat(WebhookSender.sign(body, SECRET + "x"))
        .isNotEqualTo(WebhookSender.sign(body, SECRET));
  }

  @Test
  void the_running_hub_delivers_an_instruction_given_by_hand_within_seconds() {
    try (HubFixture f = new HubFixture(engine, true);
        Warehouse w = new Warehouse(0)) {
      f.connect(SHOP, io.qconnect.hub.shop.ShopSettings.defaults().withAutomation(false, false));
      webhook(f, w, false);
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.qoo10.order(SHOP, 1002, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.hub.syncNow(SHOP);
      assertThat(f.hub.orders().get(SHOP, 1001).hubStatus()).isEqualTo(HubStatus.CONFIRMED);
      f.hub.start();

      f.hub.fulfilment().instruct(SHOP, List.of(1001L, 1002L));

      await("both instructions delivered")
          .atMost(Duration.ofSeconds(10))
          .until(() -> w.received.size() == 2);
      assertThat(w.received)
          .extracting(Received::id)
          .containsExactlyInAnyOrder(
              FulfilmentService.instructionId(SHOP, 1001),
              FulfilmentService.instructionId(SHOP, 1002));
    }
  }

  @Test
  void instructions_wait_in_the_csv_export_and_are_exported_once() {
    try (HubFixture f = new HubFixture(engine)) {
      f.connect(SHOP);
      f.hub.shopFulfilment().update(SHOP, new FulfilmentPatch(null, true, null, null, true));
      f.qoo10.order(SHOP, 1001, ShippingStatus.SELLER_CONFIRM, f.jstNow().minusHours(1));
      f.hub.syncNow(SHOP);

      String csv = f.hub.fulfilment().exportCsv(SHOP);
      String again = f.hub.fulfilment().exportCsv(SHOP);

      assertThat(csv.split("\r\n")).hasSize(2);
      assertThat(csv)
          .startsWith("instructionId,shop,orderNo,packNo,sellerItemCode,optionCode,")
          .contains(FulfilmentService.instructionId(SHOP, 1001) + ",demo-shop,1001,1001,SKU-1001")
          .contains("150-0001");
      assertThat(again.split("\r\n")).hasSize(1);
      assertThat(f.hub.fulfilment().instructions(SHOP, 10).get(0).webhookState())
          .isEqualTo(Instruction.WebhookState.NONE);
    }
  }
}
