package io.qconnect.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file in the data directory that only its owner may read (generated passwords and tokens). It is
 * created owner-only before anything is written, so the secret is never readable by others, not
 * even for a moment; on a file system without POSIX permissions the directory's apply.
 */
public final class SecretFile {
  private SecretFile() {}

  /** Replaces {@code file} with a new owner-only file holding {@code text}. */
  public static void write(Path file, CharSequence text) {
    try {
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException e) {
        Files.createFile(file); // not a POSIX file system
      }
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
