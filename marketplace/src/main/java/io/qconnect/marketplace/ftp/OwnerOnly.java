package io.qconnect.marketplace.ftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Sellers' files are nobody else's on this machine: the FTP folders are {@code rwx------} and the
 * files in them {@code rw-------}, like everything else in the data directory (where a file system
 * has no POSIX permissions, it is left as it is).
 */
final class OwnerOnly {
  private OwnerOnly() {}

  static void directories(Path dir) throws IOException {
    Files.createDirectories(dir);
    set(dir, "rwx------");
  }

  static void file(Path file) throws IOException {
    set(file, "rw-------");
  }

  private static void set(Path p, String perms) throws IOException {
    if (Files.getFileAttributeView(p, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    }
  }
}
