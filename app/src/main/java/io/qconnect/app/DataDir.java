package io.qconnect.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory: owner-only ({@code 0700}), and so is every file in it ({@code 0600}). Files
 * the process writes itself are created owner-only; H2 creates its own database files with the
 * process umask, so they are tightened right after the databases open and again on close. As the
 * directory itself is {@code 0700}, other users cannot reach a file in it even for that moment.
 */
final class DataDir {
  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private DataDir() {}

  /** Creates {@code dir} (and missing parents) owner-only, or makes an existing one owner-only. */
  static void create(Path dir) {
    try {
      if (!posix()) {
        Files.createDirectories(dir);
        return;
      }
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
      }
      Files.setPosixFilePermissions(dir, DIR);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dir, e);
    }
  }

  /**
   * Makes every file and directory under {@code dir} owner-only; symbolic links are not followed.
   */
  static void restrict(Path dir) {
    if (!posix() || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.forEach(DataDir::restrictOne);
    } catch (IOException | UncheckedIOException e) {
      // a file that vanished meanwhile (H2 temp files): the next pass catches the rest
    }
  }

  private static void restrictOne(Path p) {
    try {
      if (Files.isSymbolicLink(p)) {
        return;
      }
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(p, DIR);
      } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.setPosixFilePermissions(p, FILE);
      }
    } catch (IOException e) {
      // vanished or not ours: nothing to tighten
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
