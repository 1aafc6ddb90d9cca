package io.qconnect.app;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qoo10-connect sync SHOP}: imports a shop's orders now, or backfills a date range. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = "Syncs a shop in a running hub now (or backfills --from/--to), printing the run.")
final class SyncCommand implements Callable<Integer> {
  @Mixin HubConnection hub;

  @Parameters(index = "0", paramLabel = "SHOP")
  String shop;

  @Option(names = "--from", description = "First order date to backfill (yyyy-MM-dd, JST).")
  LocalDate from;

  @Option(names = "--to", description = "Last order date to backfill (yyyy-MM-dd, JST).")
  LocalDate to;

  @Option(
      names = "--wait",
      defaultValue = "PT60S",
      description =
          "How long to keep asking while another run of the shop is in progress (default ${DEFAULT-VALUE}).")
  java.time.Duration wait;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if ((from == null) != (to == null)) {
      spec.commandLine().getErr().println("--from and --to go together");
      return 2;
    }
    String body = from == null ? "" : "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      java.net.http.HttpResponse<String> r =
          hub.send(
              "POST", "/api/shops/" + HubConnection.enc(shop) + "/sync", "application/json", body);
      if (r.statusCode() != 409 || System.nanoTime() > deadline) {
        return HubConnection.report(spec, r);
      }
      pause(); // a scheduled run of the shop is in progress: ask again shortly
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
