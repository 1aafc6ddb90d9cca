package io.qconnect.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qoo10-connect ship}: marks order lines shipped in a running hub, which then writes carrier
 * and tracking back to Qoo10 (SetSendingInfo), retrying failures with backoff.
 */
@Command(
    name = "ship",
    mixinStandardHelpOptions = true,
    description = {
      "Marks order lines shipped in a running hub; the hub writes carrier and tracking back to Qoo10.",
      "Either one line: ship SHOP ORDERNO CARRIER TRACKINGNO",
      "or a CSV file with the header orderNo,carrier,trackingNo: ship --shop SHOP --csv FILE"
    })
final class ShipCommand implements Callable<Integer> {
  @Mixin HubConnection hub;

  @Option(names = "--csv", description = "CSV of orderNo,carrier,trackingNo (UTF-8).")
  Path csv;

  @Option(names = "--shop", description = "The shop of the CSV's lines.")
  String shop;

  @Parameters(arity = "0..4", paramLabel = "LINE", description = "SHOP ORDERNO CARRIER TRACKINGNO")
  List<String> line;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    HttpResponse<String> r;
    if (csv != null) {
      if (shop == null || shop.isBlank()) {
        return fail("--csv needs --shop");
      }
      r =
          hub.send(
              "POST",
              "/api/orders/ship.csv?shop="
                  + HubConnection.enc(shop)
                  + "&file="
                  + HubConnection.enc(csv.getFileName().toString()),
              "text/csv; charset=utf-8",
              Files.readString(csv, StandardCharsets.UTF_8));
    } else if (line != null && line.size() == 4) {
      Map<String, String> item =
          Map.of(
              "shop",
              line.get(0),
              "orderNo",
              line.get(1),
              "carrier",
              line.get(2),
              "trackingNo",
              line.get(3));
      r =
          hub.send(
              "POST",
              "/api/orders/ship",
              "application/json",
              new ObjectMapper().writeValueAsString(List.of(item)));
    } else {
      return fail("give SHOP ORDERNO CARRIER TRACKINGNO, or --shop SHOP --csv FILE");
    }
    return HubConnection.report(spec, r);
  }

  private Integer fail(String message) {
    spec.commandLine().getErr().println(message);
    return 2;
  }
}
