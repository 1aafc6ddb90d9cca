package io.qconnect.marketplace.ftp;

import io.qconnect.marketplace.core.MarketplaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ftpserver.ssl.SslConfigurationFactory;

/**
 * A self-signed certificate for explicit FTPS, made at start with the JDK's own {@code keytool}
 * (the JDK has no public API to sign a certificate) in an owner-only temporary folder, under a
 * random password that is never written anywhere else.
 */
final class SelfSignedKeystore {
  private SelfSignedKeystore() {}

  static SslConfigurationFactory create(String host) {
    try {
      Path dir = Files.createTempDirectory("qc-ftps");
      dir.toFile().deleteOnExit();
      Path store = dir.resolve("ftps.p12");
      byte[] pw = new byte[18];
      new SecureRandom().nextBytes(pw);
      String password = HexFormat.of().formatHex(pw);
      String cn = host.replaceAll("[^A-Za-z0-9.\\-]", "");
      Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
      ProcessBuilder pb =
          new ProcessBuilder(
                  List.of(
                      keytool.toString(),
                      "-genkeypair",
                      "-alias",
                      "ftp",
                      "-keyalg",
                      "RSA",
                      "-keysize",
                      "2048",
                      "-validity",
                      "3650",
                      "-dname",
                      "CN=" + (cn.isEmpty() ? "localhost" : cn),
                      "-storetype",
                      "PKCS12",
                      "-keystore",
                      store.toString(),
                      "-storepass:env",
                      "QC_FTPS_PW",
                      "-keypass:env",
                      "QC_FTPS_PW"))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      // the password goes through the environment, not the command line other users can read
      pb.environment().put("QC_FTPS_PW", password);
      Process p = pb.start();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new MarketplaceException("keytool could not make the FTPS certificate");
      }
      store.toFile().deleteOnExit();
      SslConfigurationFactory ssl = new SslConfigurationFactory();
      ssl.setKeystoreFile(store.toFile());
      ssl.setKeystoreType("PKCS12");
      ssl.setKeystorePassword(password);
      ssl.setKeyPassword(password);
      ssl.setKeyAlias("ftp");
      return ssl;
    } catch (IOException e) {
      throw new MarketplaceException("cannot make the FTPS certificate: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MarketplaceException("interrupted while making the FTPS certificate", e);
    }
  }
}
