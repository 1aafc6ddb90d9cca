package io.qconnect.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a process needs to start, resolved from the command line and {@code QC_*} environment
 * variables by {@link Main}.
 *
 * @param mode what to run
 * @param httpPort the HTTP port; 0 picks a free one
 * @param dataDir where embedded databases, tokens and files live
 */
public record AppConfig(RunMode mode, int httpPort, Path dataDir) {
  public AppConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(dataDir, "dataDir");
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("HTTP port must be 0..65535, not " + httpPort);
    }
  }
}
