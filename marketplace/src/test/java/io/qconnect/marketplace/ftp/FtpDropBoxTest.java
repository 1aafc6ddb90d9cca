package io.qconnect.marketplace.ftp;

import static io.qconnect.marketplace.bulk.BulkWorld.inventoryHeader;
import static io.qconnect.marketplace.bulk.BulkWorld.inventoryRow;
import static io.qconnect.marketplace.bulk.BulkWorld.sjis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.marketplace.access.FtpEndpoint;
import io.qconnect.marketplace.bulk.BulkWorld;
import io.qconnect.marketplace.catalog.Item;
import io.qconnect.protocol.client.ApiKey;
import io.qconnect.protocol.client.QapiSeller;
import io.qconnect.protocol.item.InventoryRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;
import org.apache.commons.net.util.TrustManagerUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FTP drop box with a real FTP client (commons-net), against the real marketplace. */
class FtpDropBoxTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TestMarketplace MarketplaceServer server;
  @TempDir Path root;
  private FtpEndpoint ftp;
  private FTPClient client;

  private void startFtp(long maxBytes, boolean tls) {
    startFtp(maxBytes, Duration.ofMinutes(1), tls);
  }

  private void startFtp(long maxBytes, Duration idle, boolean tls) {
    server.market.bulk().start();
    ftp =
        server.market.startFtp(
            FtpSettings.of("ftp.qoo10.test", "127.0.0.1", 0, root).withLimits(maxBytes, idle, tls));
  }

  @AfterEach
  void disconnect() throws IOException {
    if (client != null && client.isConnected()) {
      client.disconnect();
    }
  }

  /** A seller made with {@code "ftp": true}: its FTP details as the sandbox answers them. */
  private JsonNode ftpSeller(String sellerId) throws IOException {
    String body =
        "{\"sellerId\":\""
            + sellerId
            + "\",\"password\":\"Passw0rd!"
            + sellerId
            + "\",\"email\":\""
            + sellerId
            + "@example.jp\",\"ftp\":true}";
    var r = server.sandbox("POST", "/sandbox/sellers", body);
    assertThat(r.statusCode()).isEqualTo(201);
    return JSON.readTree(r.body());
  }

  private FTPClient connect(FTPClient c) throws IOException {
    c.setControlEncoding("UTF-8");
    c.connect("127.0.0.1", ftp.port());
    client = c;
    return c;
  }

  private boolean login(String user, String password) throws IOException {
    FTPClient c = connect(new FTPClient());
    boolean ok = c.login(user, password);
    if (ok) {
      c.enterLocalPassiveMode();
      c.setFileType(FTP.BINARY_FILE_TYPE);
    }
    return ok;
  }

  private QapiSeller qapi(String sellerId, JsonNode created) {
    ApiKey api = new ApiKey(created.get("apiKey").asText());
    return server.client.seller(
        server.client.createCertificationKey(api, sellerId, "Passw0rd!" + sellerId).orElseThrow());
  }

  @Test
  void
      an_edited_inventory_file_put_in_shift_jis_sets_the_quantities_and_reports_a_bad_price_by_row()
          throws IOException {
    startFtp(1_000_000, false);
    JsonNode created = ftpSeller("ftp-shop");
    JsonNode details = created.get("ftp");
    assertThat(details.get("host").asText()).isEqualTo("ftp.qoo10.test");
    assertThat(details.get("port").asInt()).isEqualTo(ftp.port());
    Item item = BulkWorld.optionItem(server, "ftp-shop", "TS-F");
    String code = item.itemCode();
    byte[] file =
        sjis(
            inventoryHeader(),
            inventoryRow(code, "TS-F", "ブラック", "M", "0", "21", "TS-F-BK-M"),
            inventoryRow(code, "TS-F", "ブラック", "L", "1200円", "70", "TS-F-BK-L"),
            inventoryRow(code, "TS-F", "ホワイト", "M", "0", "3", "TS-F-WH-M"));

    assertThat(login(details.get("user").asText(), details.get("password").asText())).isTrue();
    assertThat(client.listNames()).containsExactlyInAnyOrder("item", "inventory");
    assertThat(client.changeWorkingDirectory("inventory")).isTrue();
    assertThat(
            client.storeFile(
                "InventoryManagement_gridInventory.csv", new ByteArrayInputStream(file)))
        .isTrue();

    JsonNode request =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> bulkRequests("ftp-shop"),
                list -> list.size() == 1 && list.get(0).get("status").asText().equals("DONE"))
            .get(0);
    assertThat(request.get("source").asText()).isEqualTo("FTP");
    assertThat(request.get("encoding").asText()).isEqualTo("Shift_JIS");
    assertThat(request.get("okRows").asInt()).isEqualTo(2);
    JsonNode bad = request.get("rows").get(1);
    assertThat(bad.get("row").asInt()).isEqualTo(3);
    assertThat(bad.get("ok").asBoolean()).isFalse();
    assertThat(bad.get("message").asText()).contains("Price");
    List<InventoryRow> rows =
        qapi("ftp-shop", created).getGoodsInventoryInfo(code, "").orElseThrow();
    assertThat(rows).extracting(InventoryRow::qty).containsExactly(21, 7, 3);
    assertThat(rows.get(1).price()).isEqualByComparingTo("200");

    String result = retrieve("InventoryManagement_gridInventory.csv.result.csv");
    assertThat(result).startsWith("\uFEFF行,結果").contains("3,エラー," + code);
  }

  private List<JsonNode> bulkRequests(String sellerId) throws IOException {
    var r = server.sandbox("GET", "/sandbox/bulk-requests?sellerId=" + sellerId, null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode list = JSON.readTree(r.body()).get("requests");
    java.util.ArrayList<JsonNode> out = new java.util.ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  private String retrieve(String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> Arrays.asList(client.listNames()).contains(name));
    assertThat(client.retrieveFile(name, out)).isTrue();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_login_is_refused_before_approval_and_while_ftp_use_is_suspended() throws IOException {
    startFtp(1_000_000, false);
    server.sandboxSeller("no-ftp", "Passw0rd!no-ftp");
    assertThat(login("no-ftp", "Passw0rd!no-ftp")).isFalse();

    JsonNode details = ftpSeller("ftp-held").get("ftp");
    String user = details.get("user").asText();
    String password = details.get("password").asText();
    server.market.sellers().suspend("ftp-held", false, true, "出荷遅延が続いたため");
    assertThat(login(user, password)).isFalse();
    server.market.sellers().suspend("ftp-held", false, false, "");
    assertThat(login(user, password)).isTrue();
    assertThat(login(user, password + "x")).isFalse();
  }

  @Test
  void repeated_failed_logins_from_one_address_refuse_even_the_right_password_for_a_while()
      throws IOException {
    startFtp(1_000_000, false);
    JsonNode details = ftpSeller("ftp-guess").get("ftp");
    String user = details.get("user").asText();
    for (int i = 0; i < FtpSellers.FREE_FAILURES; i++) {
      assertThat(login(user, "guess-" + i)).isFalse();
      client.disconnect();
    }
    assertThat(login(user, details.get("password").asText())).isFalse();
  }

  @Test
  void paths_outside_the_two_folders_symlinks_and_dot_dot_are_refused(@TempDir Path outside)
      throws IOException {
    startFtp(1_000_000, false);
    JsonNode details = ftpSeller("ftp-jail").get("ftp");
    Files.writeString(outside.resolve("secret.txt"), "secret");
    assertThat(login(details.get("user").asText(), details.get("password").asText())).isTrue();
    Path home = root.resolve("ftp-jail");
    Files.createSymbolicLink(
        home.resolve("item").resolve("link.csv"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(home.resolve("out"), outside);

    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    assertThat(client.retrieveFile("item/link.csv", sink)).isFalse();
    assertThat(client.changeWorkingDirectory("out")).isFalse();
    assertThat(client.changeWorkingDirectory("..")).isFalse();
    assertThat(client.retrieveFile("../../" + outside.getFileName() + "/secret.txt", sink))
        .isFalse();
    assertThat(client.retrieveFile(outside.resolve("secret.txt").toString(), sink)).isFalse();
    assertThat(sink.size()).isZero();
    assertThat(client.storeFile("at-root.csv", new ByteArrayInputStream(new byte[] {1}))).isFalse();
    assertThat(client.storeFile("item/../x.csv", new ByteArrayInputStream(new byte[] {1})))
        .isFalse();
    assertThat(client.makeDirectory("item/sub")).isFalse();
    assertThat(client.listNames("item")).doesNotContain("link.csv", "item/link.csv");
    assertThat(Files.exists(home.resolve("at-root.csv"))).isFalse();
  }

  @Test
  void a_file_over_the_size_limit_is_stopped_and_leaves_nothing() throws IOException {
    startFtp(1_000, false);
    JsonNode details = ftpSeller("ftp-big").get("ftp");
    assertThat(login(details.get("user").asText(), details.get("password").asText())).isTrue();
    byte[] big = new byte[5_000];
    Arrays.fill(big, (byte) 'a');
    assertThat(client.storeFile("item/big.csv", new ByteArrayInputStream(big))).isFalse();
    assertThat(Files.exists(root.resolve("ftp-big/item/big.csv"))).isFalse();
    assertThat(server.market.bulk().count("ftp-big")).isZero();
  }

  @Test
  void explicit_ftps_logs_in_and_puts_a_file_over_tls() throws IOException {
    startFtp(1_000_000, true);
    JsonNode details = ftpSeller("ftp-tls").get("ftp");
    FTPSClient c = new FTPSClient(false);
    c.setTrustManager(TrustManagerUtils.getAcceptAllTrustManager());
    connect(c);
    assertThat(c.login(details.get("user").asText(), details.get("password").asText())).isTrue();
    c.execPBSZ(0);
    c.execPROT("P");
    c.enterLocalPassiveMode();
    c.setFileType(FTP.BINARY_FILE_TYPE);
    assertThat(c.storeFile("item/GoodsList.csv", new ByteArrayInputStream(sjis("x,y")))).isTrue();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> bulkRequests("ftp-tls"),
            list -> list.size() == 1 && list.get(0).get("status").asText().equals("ERROR"));
    assertThat(bulkRequests("ftp-tls").get(0).get("error").asText()).contains("1行目 1列目");
  }

  private io.qconnect.marketplace.access.PermissionRequest fileFtpRequest(String sellerId) {
    return server
        .market
        .access()
        .file(
            new io.qconnect.marketplace.access.RequestForm(
                io.qconnect.marketplace.access.PermissionKind.FTP,
                sellerId,
                sellerId + "@example.jp",
                "ファッション",
                "在庫連携のため",
                "qoo10-connect"));
  }

  @Test
  void the_login_is_refused_after_a_refused_request_and_until_the_approved_details_are_shown()
      throws IOException {
    startFtp(1_000_000, false);
    server.sandbox(
        "POST",
        "/sandbox/sellers",
        "{\"sellerId\":\"ftp-new\",\"password\":\"Passw0rd!ftp-new\",\"email\":\"n@example.jp\","
            + "\"reviewCompleted\":false}");
    assertThat(fileFtpRequest("ftp-new").status())
        .isEqualTo(io.qconnect.marketplace.access.RequestStatus.REJECTED);
    assertThat(server.market.keys().visibleFtpAccount("ftp-new")).isEmpty();
    assertThat(login("ftp-new", "Passw0rd!ftp-new")).isFalse();

    server.sandboxSeller("ftp-wait", "Passw0rd!ftp-wait");
    server
        .market
        .access()
        .settings(new io.qconnect.marketplace.access.AccessSettings(true, Duration.ofHours(3)));
    assertThat(fileFtpRequest("ftp-wait").status())
        .isEqualTo(io.qconnect.marketplace.access.RequestStatus.APPROVED);
    String password = server.market.keys().openFtpNow("ftp-wait");
    assertThat(server.market.keys().visibleFtpAccount("ftp-wait")).isEmpty();
    assertThat(login("ftp-wait", password)).isFalse();
    server.setClock("2026-05-11T13:05:00+09:00");
    assertThat(server.market.keys().visibleFtpAccount("ftp-wait")).isPresent();
    assertThat(login("ftp-wait", password)).isTrue();
  }

  @Test
  void the_sandbox_refuses_an_ftp_seller_when_no_ftp_server_runs_and_creates_nothing() {
    var r =
        server.sandbox(
            "POST",
            "/sandbox/sellers",
            "{\"sellerId\":\"ftp-none\",\"password\":\"Passw0rd!ftp-none\",\"email\":\"x@example.jp\","
                + "\"ftp\":true}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("FTP server is not running");
    assertThat(server.market.sellers().find("ftp-none")).isEmpty();
  }

  @Test
  void ftp_passwords_are_stored_as_hashes_next_to_the_sealed_copy_qsm_shows() throws Exception {
    startFtp(1_000_000, false);
    String password = ftpSeller("ftp-hash").get("ftp").get("password").asText();
    try (var c = server.dataSource.getConnection();
        var st =
            c.prepareStatement(
                "SELECT password_hash, password_sealed FROM mk_ftp_account WHERE seller_id = ?")) {
      st.setString(1, "ftp-hash");
      try (var rs = st.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).hasSize(64).doesNotContain(password);
        assertThat(rs.getString(2)).doesNotContain(password);
      }
    }
  }

  @Test
  void an_idle_connection_is_closed_by_the_server() throws IOException {
    startFtp(1_000_000, Duration.ofSeconds(2), false);
    JsonNode details = ftpSeller("ftp-idle").get("ftp");
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", ftp.port())) {
      // the read below waits for the server's own words, at most 30 s, never a fixed time
      socket.setSoTimeout(30_000);
      var in =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      var out = socket.getOutputStream();
      assertThat(in.readLine()).startsWith("220");
      out.write(("USER " + details.get("user").asText() + "\r\n").getBytes(StandardCharsets.UTF_8));
      assertThat(in.readLine()).startsWith("331");
      out.write(
          ("PASS " + details.get("password").asText() + "\r\n").getBytes(StandardCharsets.UTF_8));
      assertThat(in.readLine()).startsWith("230");
      long start = System.nanoTime();
      String line = in.readLine();
      assertThat(line == null || line.startsWith("421")).as("closed or 421: %s", line).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(25));
    }
  }
}
