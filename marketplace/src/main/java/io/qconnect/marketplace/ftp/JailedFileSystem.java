package io.qconnect.marketplace.ftp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.ftpserver.ftplet.FileSystemFactory;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.User;

/**
 * Each seller's FTP root: a folder of its own holding {@code item/} and {@code inventory/}. Paths
 * are the seller's, never the machine's: {@code /} is the seller's root, a path with a {@code ..}
 * segment, a backslash, a control character or {@code ~} is refused, and so is any path through a
 * symbolic link. Files may be put only directly in {@code item/} or {@code inventory/}, up to the
 * size limit; folders cannot be made, removed or renamed.
 */
final class JailedFileSystem implements FileSystemFactory {
  static final List<String> FOLDERS = List.of("item", "inventory");
  private static final Pattern BAD = Pattern.compile("[\\\\\\x00-\\x1f\\x7f~]");
  private static final Pattern FILE_NAME = Pattern.compile("[^/.][^/]{0,99}");

  private final Path root;
  private final long maxBytes;

  JailedFileSystem(Path root, long maxBytes) {
    this.root = root.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  /** The seller's root folder, made with its two folders when missing. */
  Path home(String sellerId) {
    Path home = root.resolve(folderName(sellerId));
    try {
      OwnerOnly.directories(root);
      OwnerOnly.directories(home);
      for (String f : FOLDERS) {
        OwnerOnly.directories(home.resolve(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the FTP folders of " + sellerId, e);
    }
    return home;
  }

  private static String folderName(String sellerId) {
    return sellerId.matches("[A-Za-z0-9_-]{1,50}")
        ? sellerId
        : "s"
            + java.util.HexFormat.of()
                .formatHex(sellerId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public FileSystemView createFileSystemView(User user) {
    return new View(home(((SellerUser) user).sellerId()));
  }

  /** A file name a seller may put: not hidden, no slash, at most 100 characters. */
  static boolean puttable(String name) {
    return FILE_NAME.matcher(name).matches() && !name.endsWith(FtpDropBox.RESULT_SUFFIX);
  }

  final class View implements FileSystemView {
    private final Path home;
    private String cwd = "/";

    View(Path home) {
      this.home = home;
    }

    @Override
    public FtpFile getHomeDirectory() {
      return file("/");
    }

    @Override
    public FtpFile getWorkingDirectory() {
      return file(cwd);
    }

    @Override
    public boolean changeWorkingDirectory(String dir) {
      String v = virtual(dir);
      if (v == null) {
        return false;
      }
      JailedFile f = file(v);
      if (!f.isDirectory()) {
        return false;
      }
      cwd = v;
      return true;
    }

    @Override
    public FtpFile getFile(String name) {
      String v = virtual(name);
      return v == null ? JailedFile.refused(name) : file(v);
    }

    @Override
    public boolean isRandomAccessible() {
      return false;
    }

    @Override
    public void dispose() {}

    /** The normalized virtual path ("/", "/item", "/item/a.csv"), or null when refused. */
    String virtual(String name) {
      String n = name == null || name.isBlank() ? "." : name.strip();
      if (BAD.matcher(n).find()) {
        return null;
      }
      String full = n.startsWith("/") ? n : (cwd.equals("/") ? "/" : cwd + "/") + n;
      List<String> parts = new ArrayList<>();
      for (String p : full.split("/")) {
        if (p.isEmpty() || p.equals(".")) {
          continue;
        }
        if (p.equals("..")) {
          return null;
        }
        parts.add(p);
      }
      return "/" + String.join("/", parts);
    }

    JailedFile file(String virtual) {
      Path p = home;
      for (String part : virtual.substring(1).split("/")) {
        if (part.isEmpty()) {
          continue;
        }
        p = p.resolve(part);
        if (Files.isSymbolicLink(p)) {
          return JailedFile.refused(virtual);
        }
      }
      if (!p.normalize().startsWith(home)) {
        return JailedFile.refused(virtual);
      }
      return new JailedFile(virtual, p, writable(virtual), maxBytes, this);
    }

    private boolean writable(String virtual) {
      String[] parts = virtual.substring(1).split("/");
      return parts.length == 2 && FOLDERS.contains(parts[0]) && puttable(parts[1]);
    }
  }
}
