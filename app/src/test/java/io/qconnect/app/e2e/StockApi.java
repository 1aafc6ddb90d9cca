package io.qconnect.app.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qconnect.app.Application;
import io.qconnect.app.TestConfigs;
import io.qconnect.marketplace.catalog.ItemOption;
import io.qconnect.marketplace.catalog.ItemRef;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

/**
 * The all-in-one process (marketplace with the demo seller's 60 items, hub with the demo shop
 * connected) and a client of its hub API, for the stock journeys.
 */
final class StockApi implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final Application app;
  private final HttpClient http = HttpClient.newHttpClient();

  StockApi(Path dir) {
    app = Application.start(TestConfigs.all(dir, "staff-pass-4821", "operator-pass-9375"));
  }

  String shop() {
    return app.hub().shops().list().get(0).shopId();
  }

  JsonNode call(String method, String path, String body) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(app.url() + path))
                  .header("Authorization", "Bearer " + app.apiToken())
                  .header("Content-Type", "application/json")
                  .method(
                      method,
                      body == null
                          ? HttpRequest.BodyPublishers.noBody()
                          : HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(
            method + " " + path + " -> " + r.statusCode() + " " + r.body());
      }
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * How many QAPI calls of {@code method} (e.g. {@code ItemsOptions.UpdateInventoryDataBulk}) the
   * marketplace has answered, whatever their result code, from its {@code /metrics}.
   */
  long qapiCalls(String method) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(app.url() + "/metrics")).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("/metrics -> " + r.statusCode());
      }
      String label = "method=\"" + method + "\"";
      return r.body()
          .lines()
          .filter(l -> l.startsWith("qapi_requests_seconds_count{") && l.contains(label))
          .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
          .sum();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What the marketplace (Qoo10) holds for a unit: the item's quantity or the option's. */
  int qoo10Qty(String itemCode, String optionCode) {
    var catalog = app.marketplace().catalog();
    if (optionCode.isEmpty()) {
      return catalog.find(itemCode).orElseThrow().qty();
    }
    return catalog.optionsOf(itemCode).stream()
        .filter(o -> o.optionCode().equals(optionCode))
        .mapToInt(ItemOption::qty)
        .findFirst()
        .orElseThrow();
  }

  /** Places a paid order of one unit on the marketplace; answers its order number. */
  long order(String itemCode, String optionCode, int qty) {
    String body =
        "{\"sellerId\":\""
            + shop()
            + "\",\"lines\":[{\"itemCode\":\""
            + itemCode
            + "\",\"optionCode\":\""
            + optionCode
            + "\",\"qty\":"
            + qty
            + "}],\"paid\":true}";
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(app.url() + "/sandbox/orders"))
                  .header("X-Sandbox-Token", app.sandboxToken())
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException("order -> " + r.statusCode() + " " + r.body());
      }
      return JSON.readTree(r.body()).get("orderNos").get(0).asLong();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A seller changes an item's quantity directly on Qoo10 (QSM). */
  void setQtyOnQoo10(String itemCode, int qty) {
    var catalog = app.marketplace().catalog();
    var item = catalog.find(itemCode).orElseThrow();
    catalog.setPriceQty(
        shop(),
        new io.qconnect.marketplace.catalog.PriceQtyChange(
            ItemRef.code(itemCode), item.price(), qty, item.expireDate(), ""));
  }

  @Override
  public void close() {
    app.close();
  }
}
