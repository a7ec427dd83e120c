package io.promwire.it.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code prometheus} and {@code promtool} on the {@code PATH}. On a machine without them
 * the tests that need them are skipped, saying what to install; in CI, which sets {@code
 * PROMWIRE_REQUIRE_PROMETHEUS=true}, they fail instead, so they cannot pass by being skipped.
 */
final class PrometheusTools {
  static final String REQUIRE = "PROMWIRE_REQUIRE_PROMETHEUS";

  private PrometheusTools() {}

  /** The {@code prometheus} server binary; skips or fails the test when there is none. */
  static Path prometheus() {
    return require("prometheus");
  }

  /** The {@code promtool} binary; skips or fails the test when there is none. */
  static Path promtool() {
    return require("promtool");
  }

  /** Whether the environment demands the tools, so that their tests fail rather than skip. */
  static boolean required() {
    return Boolean.parseBoolean(System.getenv(REQUIRE));
  }

  /** Why the tests cannot run here, or empty when both tools are on the PATH. */
  static Optional<String> missing() {
    return Stream.of("prometheus", "promtool")
        .filter(name -> onPath(name).isEmpty())
        .findFirst()
        .map(PrometheusTools::notFound);
  }

  private static String notFound(String name) {
    return name + " is not on the PATH: install Prometheus (Debian/Ubuntu: apt-get install"
        + " prometheus, which brings prometheus and promtool) to run this test";
  }

  private static Path require(String name) {
    Optional<Path> found = onPath(name);
    if (found.isEmpty()) {
      String message = notFound(name);
      if (required()) {
        Assertions.fail(message + " (" + REQUIRE + "=true: it must not be skipped)");
      }
      Assumptions.abort(message);
    }
    return found.get();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
        .findFirst();
  }
}
