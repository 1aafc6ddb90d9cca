package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.qconnect.app.Application;
import io.qconnect.marketplace.access.Integrator;
import io.qconnect.marketplace.seller.NewSeller;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The Get Auth window in a real browser: after [認証キー発行] the browser lands on the integrator's
 * address on another origin (the page's form-action allows exactly that origin), with a code and
 * the state, and without the key.
 */
class GetAuthWindowBrowserTest {
  @TempDir static Path dir;
  static Application app;
  static Browser browser;
  static HttpServer integrator;
  static final AtomicReference<String> CALLED = new AtomicReference<>();

  @BeforeAll
  static void start() throws Exception {
    app = TestApp.start(dir, false);
    integrator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    integrator.createContext(
        "/hub/getauth/callback",
        ex -> {
          CALLED.set(ex.getRequestURI().getRawQuery());
          byte[] body =
              "<html><body><p id=\"done\">callback ok</p></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    integrator.start();
    browser = new Browser(app.url(), dir.resolve("chrome"), "getauth");
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (integrator != null) {
      integrator.stop(0);
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void the_seller_issues_a_key_and_the_browser_returns_to_the_integrator_with_a_code()
      throws Exception {
    app.marketplace()
        .sellers()
        .register(new NewSeller("browser-shop", "browser-pass-3", "b@example.jp", "食品", true, 0));
    app.marketplace().keys().issueApiKey("browser-shop");
    String callback =
        "http://127.0.0.1:" + integrator.getAddress().getPort() + "/hub/getauth/callback";
    Integrator i = app.marketplace().authorizations().register("ブラウザ連動ハブ", callback);

    browser.open(
        "/qsm/authorize?integrator="
            + i.integratorId()
            + "&redirect_uri="
            + java.net.URLEncoder.encode(callback, StandardCharsets.UTF_8)
            + "&state=browser-state-1");
    assertThat(browser.text(By.id("integrator-name"))).isEqualTo("ブラウザ連動ハブ");
    browser.shot("getauth-window");
    browser.type(By.id("authorize-login"), "browser-shop");
    browser.type(By.id("authorize-password"), "browser-pass-3");
    browser.find(By.id("authorize-issue")).click();
    browser.waitForUrl("/hub/getauth/callback");

    assertThat(browser.text(By.id("done"))).isEqualTo("callback ok");
    assertThat(CALLED.get()).matches("code=[A-Za-z0-9_-]{32,}&state=browser-state-1");
    assertThat(app.marketplace().authorizations().issuedKeys("browser-shop")).hasSize(1);
  }
}
