package io.qconnect.marketplace.ftp;

import io.qconnect.marketplace.access.FtpLogin;
import io.qconnect.marketplace.access.KeyService;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ftpserver.ftplet.Authentication;
import org.apache.ftpserver.ftplet.AuthenticationFailedException;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.User;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.usermanager.UsernamePasswordAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FTP logins: only the account an approved FTP request opened ({@link KeyService#ftpLogin}).
 * Failed logins are counted per client address: after {@value #FREE_FAILURES}, every login from
 * that address — right password or not — is refused for 1 s, then 2 s, 4 s … up to 15 minutes after
 * each further failure; the count is forgotten an hour after the last failure.
 */
final class FtpSellers implements UserManager {
  static final int FREE_FAILURES = 5;
  private static final Duration MAX_WAIT = Duration.ofMinutes(15);
  private static final Duration FORGET = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(FtpSellers.class);

  private record Failures(int count, Instant last, Instant lockedUntil) {}

  private final KeyService keys;
  private final JailedFileSystem files;
  private final Clock clock;
  private final int idleSeconds;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  FtpSellers(KeyService keys, JailedFileSystem files, Clock clock, int idleSeconds) {
    this.keys = keys;
    this.files = files;
    this.clock = clock;
    this.idleSeconds = idleSeconds;
  }

  @Override
  public User authenticate(Authentication auth) throws AuthenticationFailedException {
    if (!(auth instanceof UsernamePasswordAuthentication up)) {
      throw new AuthenticationFailedException("only user name and password logins");
    }
    String address = address(up);
    Instant now = clock.instant();
    Failures f = failures.get(address);
    if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
      LOG.info("FTP login of '{}' from {} refused: too many failures", up.getUsername(), address);
      throw new AuthenticationFailedException("too many failed logins; wait and try again");
    }
    switch (keys.ftpLogin(up.getUsername(), up.getPassword())) {
      case FtpLogin.Allowed a -> {
        failures.remove(address);
        return new SellerUser(
            up.getUsername(), a.sellerId(), files.home(a.sellerId()).toString(), idleSeconds);
      }
      case FtpLogin.Refused r -> {
        failed(address, now);
        LOG.info("FTP login of '{}' from {} refused: {}", up.getUsername(), address, r.reason());
        throw new AuthenticationFailedException("login refused");
      }
    }
  }

  private void failed(String address, Instant now) {
    failures.compute(
        address,
        (k, old) -> {
          int count =
              old == null || Duration.between(old.last(), now).compareTo(FORGET) > 0
                  ? 1
                  : old.count() + 1;
          Instant until = null;
          if (count >= FREE_FAILURES) {
            long seconds = 1L << Math.min(20, count - FREE_FAILURES);
            until =
                now.plus(
                    Duration.ofSeconds(seconds).compareTo(MAX_WAIT) > 0
                        ? MAX_WAIT
                        : Duration.ofSeconds(seconds));
          }
          return new Failures(count, now, until);
        });
  }

  private static String address(UsernamePasswordAuthentication up) {
    InetAddress a = up.getUserMetadata() == null ? null : up.getUserMetadata().getInetAddress();
    return a == null ? "?" : a.getHostAddress();
  }

  @Override
  public User getUserByName(String name) {
    return null;
  }

  @Override
  public String[] getAllUserNames() {
    return new String[0];
  }

  @Override
  public void delete(String name) throws FtpException {
    throw new FtpException("FTP accounts are managed in QSM");
  }

  @Override
  public void save(User user) throws FtpException {
    throw new FtpException("FTP accounts are managed in QSM");
  }

  @Override
  public boolean doesExist(String name) {
    return false;
  }

  @Override
  public String getAdminName() {
    return "";
  }

  @Override
  public boolean isAdmin(String name) {
    return false;
  }
}
