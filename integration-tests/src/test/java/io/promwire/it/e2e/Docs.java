package io.promwire.it.e2e;

import java.nio.file.Files;
import java.nio.file.Path;

/** The files under the repository's {@code docs/} that users deploy beside the library. */
final class Docs {
  private Docs() {}

  /** {@code docs/<relative>}, found from the working directory up (Maven runs in the module). */
  static Path file(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs").resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no docs/" + relative + " above " + Path.of("").toAbsolutePath());
  }
}
