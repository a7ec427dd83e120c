package io.promwire.it.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code promtool}, bounded in time, and tells its exit code and everything it printed. */
final class Promtool {
  /** What one run gave; {@code output} holds stdout and stderr together. */
  record Result(int exitCode, String output) {
    @Override
    public String toString() {
      return "promtool exited with " + exitCode + ":\n" + output;
    }
  }

  private Promtool() {}

  /** {@code promtool check metrics}, which lints a text exposition read from stdin. */
  static Result checkMetrics(String exposition) throws IOException, InterruptedException {
    return run(exposition, "check", "metrics");
  }

  /** Runs promtool with {@code args}, writing {@code stdin} to it when not null. */
  static Result run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(PrometheusTools.promtool().toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(() -> readAll(process));
    try (OutputStream in = process.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("promtool " + String.join(" ", args) + " took over 60 s");
    }
    return new Result(process.exitValue(), output.join());
  }

  private static String readAll(Process process) {
    try {
      return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(output unreadable: " + e + ")";
    }
  }
}
