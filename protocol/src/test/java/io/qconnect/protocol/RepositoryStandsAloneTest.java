package io.qconnect.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the repository self-contained: a clone with nothing beside it must build, pass its tests
 * and make sense to a reader. So no file may refer to the folder of shared material that once sat
 * next to the repository, and every section of {@code docs/qapi.md} a file cites must exist.
 *
 * <p>Walks every text file of the repository (from the root {@code pom.xml} with {@code <modules>}
 * down), skipping build output, version control, editor folders and the runtime {@code data/}.
 */
class RepositoryStandsAloneTest {

  /** Built from parts, so that this file does not trip its own check. */
  private static final String SHARED = "sha" + "red";

  private static final List<String> NEEDLES =
      List.of(
          ".." + "/" + SHARED,
          "/work/" + SHARED,
          SHARED + "/reference",
          SHARED + "/design",
          SHARED + "/data");

  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of("target", ".git", "node_modules", ".idea", ".vscode");

  private static final long MAX_TEXT_BYTES = 5_000_000;

  /** {@code docs/qapi.md §7.8}, {@code docs/qapi.md §5.6, 5.7}, {@code docs/qapi.md#s7.8}. */
  private static final Pattern CITATION =
      Pattern.compile(
          "docs/qapi\\.md(?:[\\s*/]*§[\\s*]*(\\d+(?:\\.\\d+)?"
              + "(?:[\\s*]*(?:,|and)[\\s*]*§?\\d+(?:\\.\\d+)?)*)|#s(\\d+(?:\\.\\d+)?))");

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private static final Pattern ANCHOR = Pattern.compile("<a id=\"s(\\d+(?:\\.\\d+)?)\"></a>");

  /** A section reference inside docs/qapi.md itself, e.g. "(§5.1)". */
  private static final Pattern SECTION_REF = Pattern.compile("§(\\d+(?:\\.\\d+)?)");

  private static Path root;
  private static List<Path> textFiles;

  @BeforeAll
  static void findFiles() throws IOException {
    root = repositoryRoot();
    textFiles = textFiles(root);
  }

  @Test
  void finds_the_repository_root_and_its_files() {
    assertThat(root.resolve("README.md")).exists();
    assertThat(textFiles)
        .contains(root.resolve("pom.xml"), root.resolve("docs/qapi.md"))
        .hasSizeGreaterThan(100);
  }

  @Test
  void no_file_refers_to_material_outside_the_repository() throws IOException {
    List<String> offending = new ArrayList<>();
    for (Path file : textFiles) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        for (String needle : NEEDLES) {
          if (lines.get(i).contains(needle)) {
            offending.add(root.relativize(file) + ":" + (i + 1) + " contains \"" + needle + "\"");
          }
        }
      }
    }
    assertThat(offending)
        .as(
            "files that point outside the repository (test data belongs in src/test/resources,"
                + " QAPI facts in docs/qapi.md)")
        .isEmpty();
  }

  @Test
  void every_cited_section_of_the_qapi_document_has_its_anchor() throws IOException {
    Path doc = root.resolve("docs/qapi.md");
    String docText = Files.readString(doc, StandardCharsets.UTF_8);
    Set<String> anchors = new TreeSet<>();
    Matcher a = ANCHOR.matcher(docText);
    while (a.find()) {
      anchors.add(a.group(1));
    }
    List<String> missing = new ArrayList<>();
    for (Path file : textFiles) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (String section : cited(text, file.equals(doc))) {
        if (!anchors.contains(section)) {
          missing.add(root.relativize(file) + " cites §" + section);
        }
      }
    }
    assertThat(anchors).contains("1.2", "3.4", "5.1", "7.8", "9.1", "10", "12.8");
    assertThat(missing).as("citations of docs/qapi.md sections that have no anchor").isEmpty();
  }

  private static Set<String> cited(String text, boolean isTheDocument) {
    Set<String> out = new TreeSet<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      String list = m.group(1) != null ? m.group(1) : m.group(2);
      Matcher n = NUMBER.matcher(list);
      while (n.find()) {
        out.add(n.group());
      }
    }
    if (isTheDocument) {
      Matcher r = SECTION_REF.matcher(text);
      while (r.find()) {
        out.add(r.group(1));
      }
    }
    return out;
  }

  /** The directory with the aggregator pom.xml, found walking up from the working directory. */
  private static Path repositoryRoot() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      if (Files.isRegularFile(pom)
          && Files.readString(pom, StandardCharsets.UTF_8).contains("<modules>")) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no pom.xml with <modules> above " + Path.of("").toAbsolutePath());
  }

  private static List<Path> textFiles(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean runtimeData = dir.equals(root.resolve("data"));
            return SKIPPED_DIRECTORIES.contains(name) || runtimeData
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && attrs.size() <= MAX_TEXT_BYTES && isText(file)) {
              out.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return out;
  }

  /** UTF-8 text without NUL bytes; binary files (images, jars, databases) are left out. */
  private static boolean isText(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      for (byte b : bytes) {
        if (b == 0) {
          return false;
        }
      }
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
