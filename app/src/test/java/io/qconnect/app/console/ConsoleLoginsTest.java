package io.qconnect.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleLoginsTest {
  @TempDir Path dir;

  @Test
  void generated_passwords_are_kept_owner_only_and_reused_at_the_next_start() throws Exception {
    ConsoleLogins first = ConsoleLogins.resolve(Map.of("staff", "", "operator", ""), dir);
    assertThat(first.password("staff")).hasSize(16).isNotEqualTo(first.password("operator"));
    assertThat(first.generated()).containsExactlyInAnyOrder("staff", "operator");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())))
        .isEqualTo("rw-------");
    ConsoleLogins again = ConsoleLogins.resolve(Map.of("staff", "", "operator", ""), dir);
    assertThat(again.passwords()).isEqualTo(first.passwords());
    assertThat(first.toString()).doesNotContain(first.password("staff"));
  }

  @Test
  void a_password_from_the_environment_wins_and_is_never_written() throws Exception {
    ConsoleLogins l = ConsoleLogins.resolve(Map.of("staff", "from-env-secret-1"), dir);
    assertThat(l.password("staff")).isEqualTo("from-env-secret-1");
    assertThat(l.generated()).isEmpty();
    assertThat(dir.resolve("console-logins")).doesNotExist();
  }

  @Test
  void accounts_check_hashed_passwords_and_sellers_through_the_marketplace() {
    ConsoleAccounts a =
        new ConsoleAccounts(null, new io.qconnect.marketplace.seller.PasswordHasher(1000));
    a.add("staff", Role.STAFF, "right-password");
    assertThat(a.authenticate("Staff", "right-password")).contains(new Viewer("staff", Role.STAFF));
    assertThat(a.authenticate("staff", "wrong")).isEmpty();
    assertThat(a.authenticate("nobody", "right-password")).isEmpty();
  }
}
