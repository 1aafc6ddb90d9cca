package io.qconnect.marketplace.ftp;

import java.util.List;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.ConcurrentLoginPermission;
import org.apache.ftpserver.usermanager.impl.TransferRatePermission;
import org.apache.ftpserver.usermanager.impl.WritePermission;

/** A seller logged in over FTP: the FTP user name and the seller it belongs to. */
final class SellerUser extends BaseUser {
  private final String sellerId;

  SellerUser(String username, String sellerId, String home, int idleSeconds) {
    this.sellerId = sellerId;
    setName(username);
    setHomeDirectory(home);
    setEnabled(true);
    setMaxIdleTime(idleSeconds);
    List<Authority> rights =
        List.of(
            new WritePermission(),
            new ConcurrentLoginPermission(5, 5),
            new TransferRatePermission(0, 0));
    setAuthorities(rights);
  }

  String sellerId() {
    return sellerId;
  }
}
