package io.qconnect.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code io.qconnect.app.Main} in a child JVM on the test class path, so that a benchmark's load
 * generator does not share the server's JVM: started until it says where it listens, stopped on
 * close. Each benchmark gives its own JVM options, arguments and environment.
 */
final class ChildJvm implements AutoCloseable {
  private static final Pattern URL = Pattern.compile("listening on (http://localhost:\\d+)");
  private final Process process;

  /** Where the child listens, e.g. {@code http://localhost:41234}. */
  final String url;

  private ChildJvm(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /**
   * The JVM options asked for on the command line: {@code -Dqc.bench.jfr=FILE} records the child
   * with JFR, {@code -Dqc.bench.serverArgs="..."} adds options (spaces between them).
   */
  static List<String> profilingOptions() {
    List<String> options = new ArrayList<>();
    String jfr = System.getProperty("qc.bench.jfr", "");
    if (!jfr.isBlank()) {
      options.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
    }
    String more = System.getProperty("qc.bench.serverArgs", "");
    if (!more.isBlank()) {
      options.addAll(List.of(more.strip().split("\\s+")));
    }
    return options;
  }

  /**
   * Starts {@code java <jvmOptions> -cp <test class path> io.qconnect.app.Main <args>} (args name
   * the command first, and should ask for {@code --http-port=0}) and waits for its "listening on"
   * line; every later line of its output goes to {@code lines}. {@code QC_LOG_LEVEL} is WARN when
   * it is WARN here, else INFO.
   */
  static ChildJvm start(
      List<String> jvmOptions, List<String> args, Map<String, String> env, Consumer<String> lines)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", cp, "io.qconnect.app.Main"));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment()
        .put("QC_LOG_LEVEL", "WARN".equals(System.getenv("QC_LOG_LEVEL")) ? "WARN" : "INFO");
    Process p = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    List<String> log = new ArrayList<>();
    String found = null;
    for (String line; found == null && (line = out.readLine()) != null; ) {
      log.add(line);
      Matcher m = URL.matcher(line);
      if (m.find()) {
        found = m.group(1);
      }
    }
    if (found == null) {
      p.destroyForcibly();
      throw new IllegalStateException(args.get(0) + " did not start:\n" + String.join("\n", log));
    }
    Thread drain =
        new Thread(
            () -> {
              try {
                for (String line; (line = out.readLine()) != null; ) {
                  lines.accept(line); // and keeps the pipe flowing
                }
              } catch (IOException e) {
                // the process is gone
              }
            });
    drain.setDaemon(true);
    drain.start();
    return new ChildJvm(p, found);
  }

  /**
   * The CPU time the child has used so far (user and system, all its threads), as the operating
   * system counts it; zero where it does not say.
   */
  java.time.Duration cpu() {
    return process.toHandle().info().totalCpuDuration().orElse(java.time.Duration.ZERO);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
