package io.qconnect.marketplace.ftp;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.ftpserver.ftplet.FtpFile;

/**
 * A file or folder in a seller's FTP root ({@link JailedFileSystem}); a refused path is a file that
 * does not exist and cannot be read or written. A file being put stops with an error, and is
 * deleted, once it passes the size limit.
 */
final class JailedFile implements FtpFile {
  private final String virtual;
  private final Path path;
  private final boolean writable;
  private final long maxBytes;
  private final JailedFileSystem.View view;

  JailedFile(
      String virtual, Path path, boolean writable, long maxBytes, JailedFileSystem.View view) {
    this.virtual = virtual;
    this.path = path;
    this.writable = writable;
    this.maxBytes = maxBytes;
    this.view = view;
  }

  static JailedFile refused(String name) {
    return new JailedFile(name == null ? "" : name, null, false, 0, null);
  }

  /** Where the file lies on this machine; null for a refused path. */
  Path path() {
    return path;
  }

  /** The folder under the seller's root ({@code item} or {@code inventory}), else "". */
  String folder() {
    String[] parts = virtual.substring(Math.min(1, virtual.length())).split("/");
    return parts.length == 2 ? parts[0] : "";
  }

  @Override
  public String getAbsolutePath() {
    return virtual;
  }

  @Override
  public String getName() {
    if (virtual.equals("/")) {
      return "/";
    }
    return virtual.substring(virtual.lastIndexOf('/') + 1);
  }

  @Override
  public boolean isHidden() {
    return false;
  }

  @Override
  public boolean isDirectory() {
    return path != null && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public boolean isFile() {
    return path != null && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public boolean doesExist() {
    return path != null && Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public boolean isReadable() {
    return doesExist();
  }

  @Override
  public boolean isWritable() {
    return writable;
  }

  @Override
  public boolean isRemovable() {
    return writable && isFile();
  }

  @Override
  public String getOwnerName() {
    return "user";
  }

  @Override
  public String getGroupName() {
    return "user";
  }

  @Override
  public int getLinkCount() {
    return isDirectory() ? 3 : 1;
  }

  @Override
  public long getLastModified() {
    try {
      return doesExist()
          ? Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis()
          : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public boolean setLastModified(long time) {
    if (!writable || !isFile()) {
      return false;
    }
    try {
      Files.setLastModifiedTime(path, FileTime.fromMillis(time));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public long getSize() {
    try {
      return isFile() ? Files.size(path) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public Object getPhysicalFile() {
    return path == null ? null : path.toFile();
  }

  @Override
  public boolean mkdir() {
    return false;
  }

  @Override
  public boolean delete() {
    if (!isRemovable()) {
      return false;
    }
    try {
      Files.delete(path);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public boolean move(FtpFile destination) {
    return false;
  }

  @Override
  public List<? extends FtpFile> listFiles() {
    if (!isDirectory()) {
      return List.of();
    }
    List<FtpFile> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(path)) {
      s.filter(p -> !Files.isSymbolicLink(p))
          .sorted()
          .forEach(
              p ->
                  out.add(
                      view.file(
                          (virtual.equals("/") ? "" : virtual)
                              + "/"
                              + p.getFileName().toString())));
    } catch (IOException e) {
      return List.of();
    }
    return out;
  }

  @Override
  public OutputStream createOutputStream(long offset) throws IOException {
    if (!writable || offset != 0) {
      throw new IOException("not allowed: files are put whole in item/ or inventory/ only");
    }
    OutputStream out = Files.newOutputStream(path);
    OwnerOnly.file(path);
    return new Limited(out, path, maxBytes);
  }

  @Override
  public InputStream createInputStream(long offset) throws IOException {
    if (!isFile()) {
      throw new IOException("no such file: " + virtual);
    }
    InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
    in.skipNBytes(offset);
    return in;
  }

  /** Stops a file being put once it passes the limit, and deletes what was written. */
  private static final class Limited extends FilterOutputStream {
    private final Path path;
    private final long max;
    private long written;
    private boolean tooLarge;

    Limited(OutputStream out, Path path, long max) {
      super(out);
      this.path = path;
      this.max = max;
    }

    @Override
    public void write(int b) throws IOException {
      check(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      check(len);
      out.write(b, off, len);
    }

    private void check(int more) throws IOException {
      written += more;
      if (written > max) {
        tooLarge = true;
        out.close();
        Files.deleteIfExists(path);
        throw new IOException("file larger than " + max + " bytes");
      }
    }

    @Override
    public void close() throws IOException {
      if (!tooLarge) {
        out.close();
      }
    }
  }
}
