package io.qconnect.marketplace.ftp;

import io.qconnect.marketplace.bulk.BulkRequest;
import io.qconnect.marketplace.bulk.BulkSource;
import io.qconnect.marketplace.bulk.BulkUploads;
import io.qconnect.marketplace.core.MarketplaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a seller may do over FTP, and what a file put there starts: commands that make, remove or
 * rename folders and files, append or run site commands are refused; a STOR goes only to a file
 * directly in {@code item/} or {@code inventory/}; once a file is in, it becomes a bulk request.
 */
final class DropBoxFtplet extends DefaultFtplet {
  private static final Set<String> REFUSED =
      Set.of("MKD", "XMKD", "RMD", "XRMD", "RNFR", "RNTO", "SITE", "APPE", "STOU");
  private static final Set<String> PATH_COMMANDS =
      Set.of("CWD", "XCWD", "RETR", "STOR", "DELE", "LIST", "NLST", "MLSD", "MLST", "SIZE", "MDTM");
  private static final Logger LOG = LoggerFactory.getLogger(DropBoxFtplet.class);

  private final BulkUploads bulk;

  DropBoxFtplet(BulkUploads bulk) {
    this.bulk = bulk;
  }

  @Override
  public FtpletResult beforeCommand(FtpSession session, FtpRequest request)
      throws FtpException, IOException {
    String cmd = request.getCommand().toUpperCase(Locale.ROOT);
    if (REFUSED.contains(cmd)) {
      return refuse(session, "not allowed here: put files in item/ or inventory/");
    }
    if (PATH_COMMANDS.contains(cmd) && request.hasArgument() && session.isLoggedIn()) {
      String arg = request.getArgument();
      boolean listing = cmd.equals("LIST") || cmd.equals("NLST");
      if (!(listing && arg.startsWith("-"))) {
        FtpFile f = session.getFileSystemView().getFile(arg);
        if (((JailedFile) f).path() == null) {
          return refuse(session, "path refused: " + safe(arg));
        }
        if (cmd.equals("STOR") && !f.isWritable()) {
          return refuse(session, "files go directly in item/ or inventory/ (name without '/')");
        }
      }
    }
    return super.beforeCommand(session, request);
  }

  @Override
  public FtpletResult onUploadEnd(FtpSession session, FtpRequest request)
      throws FtpException, IOException {
    JailedFile f = (JailedFile) session.getFileSystemView().getFile(request.getArgument());
    String sellerId = ((SellerUser) session.getUser()).sellerId();
    byte[] bytes = Files.readAllBytes(f.path());
    try {
      BulkRequest r = bulk.submit(sellerId, BulkSource.FTP, f.folder(), f.getName(), bytes);
      LOG.info("FTP file {} of {} is bulk request {}", f.getAbsolutePath(), sellerId, r.id());
    } catch (MarketplaceException e) {
      LOG.info("FTP file {} of {} refused: {}", f.getAbsolutePath(), sellerId, e.getMessage());
    }
    return super.onUploadEnd(session, request);
  }

  private static FtpletResult refuse(FtpSession session, String message) throws FtpException {
    FtpReply reply = new DefaultFtpReply(FtpReply.REPLY_550_REQUESTED_ACTION_NOT_TAKEN, message);
    session.write(reply);
    return FtpletResult.SKIP;
  }

  private static String safe(String arg) {
    String s = arg.replaceAll("[\\x00-\\x1f\\x7f]", "?");
    return s.length() > 80 ? s.substring(0, 80) : s;
  }
}
