package io.qconnect.app;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The configurations tests start the application with: embedded databases in {@code <dir>/data}, a
 * free HTTP port, no buyer simulator, the given console passwords.
 */
public final class TestConfigs {
  private TestConfigs() {}

  /** A process of {@code mode} in {@code dir}; blank passwords are generated. */
  public static AppConfig of(
      RunMode mode, Path dir, boolean autoApprove, String staffPassword, String operatorPassword) {
    return AppConfig.builder(mode, 0, dir.resolve("data"))
        .autoApprove(autoApprove)
        .simulatorRate(0)
        .hubLockLease(Duration.ofMinutes(2))
        .staffPassword(staffPassword)
        .operatorPassword(operatorPassword)
        .build();
  }

  /** The all-in-one process in {@code dir}, permission requests decided automatically. */
  public static AppConfig all(Path dir, String staffPassword, String operatorPassword) {
    return of(RunMode.ALL, dir, true, staffPassword, operatorPassword);
  }
}
