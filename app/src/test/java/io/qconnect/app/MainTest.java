package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainTest {
  private static Main parse(String... args) {
    Main m = new Main();
    Main.commandLine(m).parseArgs(args);
    return m;
  }

  @Test
  void runs_the_demo_on_port_8080_by_default() {
    AppConfig c = parse().config();
    assertThat(c.mode()).isEqualTo(RunMode.ALL);
    assertThat(c.httpPort()).isEqualTo(System.getenv("QC_HTTP_PORT") == null ? 8080 : c.httpPort());
    assertThat(c.dataDir()).isAbsolute();
  }

  @Test
  void reads_the_mode_and_options() {
    AppConfig c = parse("hub", "--http-port=9090", "--data-dir=/tmp/qc").config();
    assertThat(c.mode()).isEqualTo(RunMode.HUB);
    assertThat(c.httpPort()).isEqualTo(9090);
    assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/qc"));
    assertThat(parse("MARKETPLACE").config().mode()).isEqualTo(RunMode.MARKETPLACE);
  }

  @Test
  void runs_the_ftp_drop_box_on_2121_by_default_and_reads_its_options() {
    AppConfig d = parse().config();
    assertThat(d.ftp().port())
        .isEqualTo(System.getenv("QC_FTP_PORT") == null ? 2121 : d.ftp().port());
    assertThat(d.ftp().enabled()).isEqualTo(d.ftp().port() >= 0);
    AppConfig c =
        parse(
                "marketplace",
                "--ftp-port=0",
                "--ftp-host=ftp.example.jp",
                "--ftp-passive-ports=30000-30010")
            .config();
    assertThat(c.ftp()).isEqualTo(new FtpOptions(0, "ftp.example.jp", "30000-30010", true));
    assertThat(parse("--ftp-port=-1").config().ftp().enabled()).isFalse();
    assertThat(MarketplaceSide.ftpHost(c)).isEqualTo("ftp.example.jp");
    assertThat(MarketplaceSide.ftpHost(parse("--ftp-port=0").config())).isEqualTo("localhost");
    assertThat(MarketplaceSide.ftpHost(parse("--host=192.0.2.7").config()))
        .isEqualTo(
            System.getenv("QC_FTP_HOST") == null ? "192.0.2.7" : System.getenv("QC_FTP_HOST"));
  }

  @Test
  void refuses_an_unknown_mode_with_a_clear_message() {
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new Main()).setErr(new PrintWriter(err)).execute("shop", "--http-port=0");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("'shop'").contains("ALL, MARKETPLACE, HUB");
  }

  @Test
  void documents_every_option_with_its_environment_variable() {
    String help = Main.commandLine(new Main()).getUsageMessage();
    assertThat(help)
        .contains(
            "QC_MODE",
            "QC_HTTP_PORT",
            "QC_DATA_DIR",
            "QC_MARKETPLACE_DB_URL",
            "QC_HUB_DB_URL",
            "QC_QAPI_URL",
            "QC_AUTO_APPROVE");
  }

  @Test
  void run_modes_say_which_sides_they_run() {
    assertThat(RunMode.ALL.runsHub() && RunMode.ALL.runsMarketplace()).isTrue();
    assertThat(RunMode.HUB.runsMarketplace()).isFalse();
    assertThat(RunMode.MARKETPLACE.runsHub()).isFalse();
  }
}
