package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.protocol.order.ShippingStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operational subcommands against a running all-in-one process. */
class CliTest {
  @TempDir static Path dir;
  private static Application app;
  private static long orderNo;

  @BeforeAll
  static void start() throws Exception {
    AppConfig d = AppConfig.defaults(RunMode.ALL, 0, dir.resolve("data"));
    app =
        Application.start(
            AppConfig.builder(d.mode(), 0, d.dataDir())
                .autoApprove(true)
                .simulatorRate(0)
                .hubLockLease(d.hubLockLease())
                .build());
    app.marketplace().simulator().start(0, 3);
    orderNo =
        app.marketplace().simulator().placeOrders(5).stream()
            .flatMap(p -> p.orderNos().stream())
            .filter(no -> app.marketplace().orders().line(no).status() == ShippingStatus.ON_REQUEST)
            .findFirst()
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private record Run(int code, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--url=" + app.url();
    all[args.length + 1] = "--data-dir=" + dir.resolve("data");
    int code =
        Main.commandLine(new Main())
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void sync_imports_a_shop_now_and_prints_the_run() {
    Run r = cli("sync", "demo-shop");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"shopId\":\"demo-shop\"", "\"outcome\"");
    assertThat(app.hub().orders().find("demo-shop", orderNo)).isPresent();
  }

  @Test
  void ship_marks_one_line_shipped_and_the_hub_writes_the_tracking_back() {
    cli("sync", "demo-shop");
    Run r = cli("ship", "demo-shop", Long.toString(orderNo), "ヤマト運輸", "4912-7777-0001");
    assertThat(r.code()).as(r.err()).isZero();
    app.hub().sendShipmentsNow();
    // since issue 13 queueing also starts a send at once in the background; that send may hold the
    // shop's queue when sendShipmentsNow() runs, so wait for the marketplace to show it
    org.awaitility.Awaitility.await("the tracking number on the marketplace")
        .atMost(java.time.Duration.ofSeconds(10))
        .until(
            () -> app.marketplace().orders().line(orderNo).status() == ShippingStatus.ON_DELIVERY);
    var line = app.marketplace().orders().line(orderNo);
    assertThat(line.status()).isEqualTo(ShippingStatus.ON_DELIVERY);
    assertThat(line.carrier()).isEqualTo("ヤマト宅急便");
    assertThat(line.trackingNo()).isEqualTo("4912-7777-0001");
  }

  @Test
  void a_bad_csv_is_refused_whole_with_the_row_named() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "orderNo,carrier,trackingNo\n" + orderNo + ",佐川,S-1\nabc,佐川,S-2\n");
    Run r = cli("ship", "--shop", "demo-shop", "--csv", csv.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bad.csv").containsIgnoringCase("row");
    assertThat(
            app.hub()
                .shipments()
                .find("demo-shop", orderNo)
                .filter(s -> s.trackingNo().equals("S-1")))
        .isEmpty();
  }

  @Test
  void ship_without_a_line_or_a_csv_says_what_it_needs() {
    Run r = cli("ship", "demo-shop");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("SHOP ORDERNO CARRIER TRACKINGNO");
  }

  @Test
  void the_generated_sandbox_token_works() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.url() + "/sandbox/clock"))
                    .header(
                        "X-Sandbox-Token",
                        Files.readString(dir.resolve("data/sandbox-token")).strip())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }
}
