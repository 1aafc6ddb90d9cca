package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConsoleTextsTest {
  private static final Pattern KEY_LITERAL =
      Pattern.compile("\\b(?:t|f|shell|nav)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

  private final Messages messages = Messages.load();

  @Test
  void japanese_and_english_have_the_same_keys() {
    assertThat(messages.of("en").keys()).isEqualTo(messages.of("ja").keys());
  }

  @Test
  void every_key_named_in_templates_and_screens_has_a_text() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path root :
        new Path[] {Path.of("src/main/jte"), Path.of("src/main/java/io/qconnect/app/console")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Matcher m = KEY_LITERAL.matcher(Files.readString(f));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(100);
    assertThat(used.stream().filter(k -> !messages.of("ja").has(k))).isEmpty();
  }

  @Test
  void japanese_is_the_default_and_accept_language_chooses_by_weight() {
    assertThat(Messages.fromHeader(null)).isEqualTo("ja");
    assertThat(Messages.fromHeader("fr-FR,fr;q=0.9")).isEqualTo("ja");
    assertThat(Messages.fromHeader("en-US,en;q=0.9,ja;q=0.8")).isEqualTo("en");
    assertThat(Messages.fromHeader("en;q=0.5,ja-JP;q=0.9")).isEqualTo("ja");
    assertThat(messages.choose("en", "ja").lang()).isEqualTo("en");
    assertThat(messages.choose("xx", "en").lang()).isEqualTo("en");
  }

  @Test
  void arguments_fill_the_numbered_places() {
    assertThat(messages.of("en").f("common.daysLeft", 12)).isEqualTo("12 days left");
    assertThat(messages.of("ja").f("common.daysLeft", 12)).isEqualTo("残り12日");
    assertThat(messages.of("ja").t("no.such.key")).isEqualTo("[no.such.key]");
  }
}
