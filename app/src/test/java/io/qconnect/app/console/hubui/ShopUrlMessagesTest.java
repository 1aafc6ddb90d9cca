package io.qconnect.app.console.hubui;

import static io.qconnect.app.ConsoleClient.enc;
import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.app.Application;
import io.qconnect.app.ConsoleClient;
import io.qconnect.app.TestConfigs;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator adding a shop at a URL the hub will not use reads why, in Japanese. */
class ShopUrlMessagesTest {
  private static final String OPERATOR_PASSWORD = "operator-pass-9375";
  private static final String QAPI = "/GMKT.INC.Front.QAPIService/ebayjapan.qapi";

  @TempDir static Path dir;
  static Application app;
  final ConsoleClient http = new ConsoleClient(app.url());

  @BeforeAll
  static void start() {
    app = Application.start(TestConfigs.all(dir, "staff-pass-4821", OPERATOR_PASSWORD));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private String addShop(String baseUrl) throws Exception {
    return http.post(
            "/hub/shops",
            "_csrf="
                + http.csrf("/hub/shops/new")
                + "&_back=/hub/shops/new&shopId=other-shop&apiKey=KEY-0123456789&password=pw-12345678"
                + "&statuses=2&statuses=3&baseUrl="
                + enc(baseUrl))
        .body();
  }

  @Test
  void a_closed_port_and_a_url_with_credentials_are_refused_in_japanese() throws Exception {
    http.post(
        "/login",
        "_csrf=" + http.csrf("/login") + "&login=operator&password=" + enc(OPERATOR_PASSWORD));
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    assertThat(addShop("http://127.0.0.1:" + closed + QAPI))
        .contains("127.0.0.1 でQAPIが応答しませんでした。QAPI URLとネットワークを確認してください。");
    assertThat(addShop("http://admin:hunter2secret@127.0.0.1:" + closed + QAPI))
        .contains("QAPI URLにユーザー名やパスワード (user:pass@) は含められません。")
        .doesNotContain("hunter2secret");
    assertThat(app.hub().shops().find("other-shop")).isEmpty();
  }
}
