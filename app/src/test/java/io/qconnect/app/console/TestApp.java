package io.qconnect.app.console;

import io.qconnect.app.Application;
import io.qconnect.app.RunMode;
import io.qconnect.app.TestConfigs;
import io.qconnect.protocol.calendar.JapaneseBusinessCalendar;
import io.qconnect.protocol.wire.QapiDates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/** Starts the real application for console tests and talks to its sandbox API. */
final class TestApp {
  static final String STAFF_PASSWORD = "staff-pass-4821";
  static final String OPERATOR_PASSWORD = "operator-pass-9375";

  private TestApp() {}

  /** The all-in-one process on a free port, no buyer simulator, fixed console passwords. */
  static Application start(Path dir, boolean autoApprove) {
    return Application.start(
        TestConfigs.of(RunMode.ALL, dir, autoApprove, STAFF_PASSWORD, OPERATOR_PASSWORD));
  }

  /**
   * As {@link #start(Path, boolean)}, with the console (its sessions and login throttle) on {@code
   * consoleClock}.
   */
  static Application start(Path dir, boolean autoApprove, Clock consoleClock) {
    return Application.start(
        TestConfigs.of(RunMode.ALL, dir, autoApprove, STAFF_PASSWORD, OPERATOR_PASSWORD),
        consoleClock);
  }

  /** Moves the marketplace's clock to 10:00 JST of a business day, today's when today is one. */
  static void pinToBusinessDay(Application app) {
    LocalDate today = LocalDate.now(QapiDates.JST);
    LocalDate day = JapaneseBusinessCalendar.standard().onOrAfter(today);
    app.marketplace()
        .clock()
        .set(day.atTime(LocalTime.of(10, 0)).atZone(QapiDates.JST).toInstant());
  }

  /**
   * A paid order of one piece of the seller's item (by seller code, with its first option).
   *
   * @return the order number
   */
  static long placeOrder(Application app, String sellerId, String sellerCode) throws Exception {
    var item =
        app.marketplace()
            .catalog()
            .find(sellerId, new io.qconnect.marketplace.catalog.ItemRef("", sellerCode))
            .orElseThrow();
    var options = app.marketplace().catalog().optionsOf(item.itemCode());
    String option = options.isEmpty() ? "" : options.get(0).optionCode();
    String body =
        "{\"sellerId\":\""
            + sellerId
            + "\",\"lines\":[{\"itemCode\":\""
            + item.itemCode()
            + "\",\"optionCode\":\""
            + option
            + "\",\"qty\":1}],\"paid\":true}";
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app.url() + "/sandbox/orders"))
                    .header("X-Sandbox-Token", app.sandboxToken())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException("sandbox order failed: " + r.statusCode() + " " + r.body());
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"orderNos\"\\s*:\\s*\\[\\s*(\\d+)").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("no order number in " + r.body());
    }
    return Long.parseLong(m.group(1));
  }
}
