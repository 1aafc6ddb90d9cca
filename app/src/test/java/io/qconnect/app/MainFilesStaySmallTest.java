package io.qconnect.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: no main source file over {@value #MAX_LINES} lines. A file that grows past it is split
 * along a real seam (a feature's read side and write side, a group of QAPI methods, a facade and
 * its wiring), not shortened by dropping its documentation or joining lines.
 *
 * <p>Reads the {@code src/main/java} trees of every module from the repository root (the directory
 * with the aggregator {@code pom.xml}, found walking up from the working directory).
 */
class MainFilesStaySmallTest {
  static final int MAX_LINES = 300;
  private static final List<String> MODULES =
      List.of("protocol", "marketplace", "hub", "app", "sandbox-junit");

  private static Path root;

  @BeforeAll
  static void findRoot() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      if (Files.isRegularFile(pom)
          && Files.readString(pom, StandardCharsets.UTF_8).contains("<modules>")) {
        root = dir;
        return;
      }
    }
    throw new IllegalStateException(
        "no pom.xml with <modules> above " + Path.of("").toAbsolutePath());
  }

  @Test
  void every_module_has_main_java_files_to_check() throws IOException {
    for (String module : MODULES) {
      assertThat(mainFiles(module)).as("main .java files of %s", module).isNotEmpty();
    }
  }

  @Test
  void no_main_java_file_of_any_module_is_longer_than_300_lines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (String module : MODULES) {
      for (Path file : mainFiles(module)) {
        int lines = lines(file);
        if (lines > MAX_LINES) {
          tooLong.add(root.relativize(file) + " has " + lines + " lines");
        }
      }
    }
    assertThat(tooLong).as("main files over %d lines", MAX_LINES).isEmpty();
  }

  @Test
  void a_file_is_counted_by_its_lines_as_wc_counts_them() throws IOException {
    Path f = Files.createTempFile("lines", ".java");
    try {
      Files.writeString(f, "a\nb\n\nc\n", StandardCharsets.UTF_8);
      assertThat(lines(f)).isEqualTo(4);
      Files.writeString(f, "x\n".repeat(MAX_LINES + 1), StandardCharsets.UTF_8);
      assertThat(lines(f)).isGreaterThan(MAX_LINES);
    } finally {
      Files.delete(f);
    }
  }

  private static List<Path> mainFiles(String module) throws IOException {
    Path src = root.resolve(module).resolve("src/main/java");
    if (!Files.isDirectory(src)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(src)) {
      return s.filter(p -> p.toString().endsWith(".java")).filter(Files::isRegularFile).toList();
    }
  }

  /** The number of line breaks, as {@code wc -l} counts. */
  private static int lines(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return (int) text.chars().filter(c -> c == '\n').count();
  }
}
