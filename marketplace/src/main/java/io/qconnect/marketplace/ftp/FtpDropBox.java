package io.qconnect.marketplace.ftp;

import io.qconnect.marketplace.access.FtpEndpoint;
import io.qconnect.marketplace.access.KeyService;
import io.qconnect.marketplace.bulk.BulkRequest;
import io.qconnect.marketplace.bulk.BulkSource;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.bulk.ResultCsv;
import io.qconnect.marketplace.core.MarketplaceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.Ftplet;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfigurationFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The marketplace's FTP server (Apache FtpServer): sellers log in with the FTP account QSM shows
 * them ({@link FtpSellers}), each in a root of their own ({@link JailedFileSystem}); a file put in
 * {@code item/} or {@code inventory/} becomes a bulk request ({@link DropBoxFtplet}) and, once it
 * is processed, its results appear beside it as {@code <name>.result.csv}. With TLS on, clients may
 * switch to explicit FTPS (AUTH TLS) with a self-signed certificate made at start.
 */
public final class FtpDropBox implements AutoCloseable {
  /** What a result file's name adds to the uploaded file's. */
  public static final String RESULT_SUFFIX = ".result.csv";

  private static final Logger LOG = LoggerFactory.getLogger(FtpDropBox.class);
  private static final String LISTENER = "default";

  private final FtpSettings settings;
  private final JailedFileSystem files;
  private final FtpServer server;
  private final Listener listener;
  private final BulkUploads bulk;

  private FtpDropBox(FtpSettings settings, KeyService keys, BulkUploads bulk, Clock clock) {
    this.settings = settings;
    this.bulk = bulk;
    this.files = new JailedFileSystem(settings.root(), settings.maxFileBytes());
    int idle = (int) Math.max(1, settings.idleTimeout().toSeconds());
    FtpServerFactory factory = new FtpServerFactory();
    factory.setUserManager(new FtpSellers(keys, files, clock, idle));
    factory.setFileSystem(files);
    // FtpServer clears this map when it stops: it must be mutable
    Map<String, Ftplet> ftplets = new HashMap<>();
    ftplets.put("dropbox", new DropBoxFtplet(bulk));
    factory.setFtplets(ftplets);
    ConnectionConfigFactory conn = new ConnectionConfigFactory();
    conn.setAnonymousLoginEnabled(false);
    conn.setMaxLoginFailures(3);
    conn.setLoginFailureDelay(500);
    conn.setMaxLogins(100);
    factory.setConnectionConfig(conn.createConnectionConfig());
    ListenerFactory lf = new ListenerFactory();
    lf.setServerAddress(settings.bindAddress());
    lf.setPort(settings.port());
    lf.setIdleTimeout(idle);
    DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
    if (!settings.passivePorts().isEmpty()) {
      data.setPassivePorts(settings.passivePorts());
    }
    data.setIdleTime(idle);
    data.setActiveEnabled(false);
    if (settings.tls()) {
      SslConfigurationFactory ssl = SelfSignedKeystore.create(settings.host());
      lf.setSslConfiguration(ssl.createSslConfiguration());
      lf.setImplicitSsl(false);
      data.setSslConfiguration(ssl.createSslConfiguration());
    }
    lf.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
    this.listener = lf.createListener();
    factory.addListener(LISTENER, listener);
    this.server = factory.createServer();
    bulk.onFinished(this::writeResult);
  }

  /** Starts the FTP server on the settings' port (0: any free one). */
  public static FtpDropBox start(
      FtpSettings settings, KeyService keys, BulkUploads bulk, Clock clock) {
    try {
      OwnerOnly.directories(settings.root());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the FTP root " + settings.root(), e);
    }
    FtpDropBox box = new FtpDropBox(settings, keys, bulk, clock);
    try {
      box.server.start();
    } catch (FtpException e) {
      throw new MarketplaceException(
          "the FTP server cannot listen on " + settings.bindAddress() + ":" + settings.port(), e);
    }
    LOG.info(
        "FTP server listening on {}:{} (sellers connect to {}{}), root {}",
        settings.bindAddress(),
        box.port(),
        settings.host(),
        settings.tls() ? ", explicit FTPS offered" : "",
        settings.root());
    return box;
  }

  /** The port it listens on. */
  public int port() {
    return listener.getPort();
  }

  /** The host and port sellers are told. */
  public FtpEndpoint endpoint() {
    return new FtpEndpoint(settings.host(), port());
  }

  /** The result file of a request that came over FTP, beside the uploaded file. */
  private void writeResult(BulkRequest r) {
    if (r.source() != BulkSource.FTP || server.isStopped()) {
      return;
    }
    // the request's file name is "<folder>/<name>", both checked when the file was put
    Path target = files.home(r.sellerId()).resolve(r.fileName() + RESULT_SUFFIX);
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      OwnerOnly.file(tmp);
      w.write('\uFEFF');
      ResultCsv.write(bulk, r, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
