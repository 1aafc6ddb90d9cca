package io.qconnect.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code qoo10-connect [all|marketplace|hub] --http-port=N --data-dir=DIR}. Every
 * option can also be set by an environment variable {@code QC_...}; the command line wins.
 */
@Command(
    name = "qoo10-connect",
    mixinStandardHelpOptions = true,
    version = "qoo10-connect 0.1.0",
    description = "A Qoo10-compatible marketplace (QSM + QAPI) and an integrator hub.")
public final class Main implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      defaultValue = "${env:QC_MODE:-all}",
      description = "all (default: the demo), marketplace or hub. Env QC_MODE.")
  String mode;

  @Option(
      names = "--http-port",
      defaultValue = "${env:QC_HTTP_PORT:-8080}",
      description = "HTTP port; 0 picks a free one (default ${DEFAULT-VALUE}). Env QC_HTTP_PORT.")
  int httpPort;

  @Option(
      names = "--data-dir",
      defaultValue = "${env:QC_DATA_DIR:-./data}",
      description =
          "Directory for embedded databases and files (default ${DEFAULT-VALUE}). Env QC_DATA_DIR.")
  Path dataDir;

  /** Parses the arguments into a configuration (no side effects). */
  AppConfig config() {
    RunMode m;
    try {
      m = RunMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          new CommandLine(this), "unknown mode '" + mode + "': use all, marketplace or hub");
    }
    return new AppConfig(m, httpPort, dataDir.toAbsolutePath().normalize());
  }

  @Override
  public Integer call() throws InterruptedException {
    Application app = Application.start(config());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                },
                "qoo10-connect-shutdown"));
    stopped.await();
    return 0;
  }

  public static void main(String[] args) {
    int code = new CommandLine(new Main()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }
}
