package io.qconnect.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The passwords of the console's own accounts (staff and operator): from the environment ({@code
 * QC_STAFF_PASSWORD}, {@code QC_OPERATOR_PASSWORD}) or generated once and kept in {@code
 * DATA_DIR/console-logins} (owner-only), so that they survive a restart. Passwords given in the
 * environment are never written to disk.
 *
 * @param passwords login ID to password
 * @param generated the login IDs whose password was generated (not from the environment)
 * @param file where generated passwords are kept
 */
public record ConsoleLogins(Map<String, String> passwords, List<String> generated, Path file) {
  public static final String STAFF = "staff";
  public static final String OPERATOR = "operator";
  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  public ConsoleLogins {
    passwords = Map.copyOf(passwords);
    generated = List.copyOf(generated);
  }

  /**
   * Resolves the passwords of the given accounts.
   *
   * @param fromEnv login ID to the configured password ("" when not configured)
   */
  public static ConsoleLogins resolve(Map<String, String> fromEnv, Path dataDir) {
    Path file = dataDir.resolve("console-logins");
    Properties kept = read(file);
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> toKeep = new LinkedHashMap<>();
    fromEnv.forEach(
        (login, configured) -> {
          if (configured != null && !configured.isBlank()) {
            out.put(login, configured);
          } else {
            String p = kept.getProperty(login, "");
            String password = p.length() >= 12 ? p : generate();
            out.put(login, password);
            toKeep.put(login, password);
          }
        });
    if (!toKeep.isEmpty()) {
      write(file, toKeep);
    }
    return new ConsoleLogins(out, List.copyOf(toKeep.keySet()), file);
  }

  public String password(String login) {
    return passwords.getOrDefault(login, "");
  }

  private static Properties read(Path file) {
    Properties p = new Properties();
    if (Files.isRegularFile(file)) {
      try (var in = Files.newBufferedReader(file)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return p;
  }

  private static void write(Path file, Map<String, String> logins) {
    StringBuilder b =
        new StringBuilder(
            "# qoo10-connect console logins, generated at first start."
                + " Set QC_STAFF_PASSWORD / QC_OPERATOR_PASSWORD to choose your own.\n");
    logins.forEach((login, password) -> b.append(login).append('=').append(password).append('\n'));
    SecretFile.write(file, b);
  }

  private static String generate() {
    SecureRandom r = new SecureRandom();
    StringBuilder b = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      b.append(ALPHABET[r.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }

  /** Never prints the passwords. */
  @Override
  public String toString() {
    return "ConsoleLogins" + passwords.keySet() + ", generated " + generated + " in " + file;
  }
}
