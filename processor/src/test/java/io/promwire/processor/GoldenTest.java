package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * One representative decorator compared as text, so that the generated code stays readable and
 * deterministic. To accept a deliberate change, run with {@code -Dpromwire.updateGoldens} and
 * review the diff of {@code src/test/resources/golden}.
 */
class GoldenTest {
  private static final String GOLDEN = "golden/ItemRoutes_Metrics.java";

  @Test
  void itemRoutesDecoratorMatchesGolden() throws IOException {
    Compilation compilation = Compiles.compile(Compiles.shop());
    assertThat(compilation).succeeded();
    String generated = decorator(compilation);
    if (System.getProperty("promwire.updateGoldens") != null) {
      // The copy on the class path is the old one until the next build: review the file's diff.
      Files.writeString(Path.of("src/test/resources", GOLDEN), generated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(generated).isEqualTo(golden());
  }

  @Test
  void outputIsDeterministic() throws IOException {
    String first = decorator(Compiles.compile(Compiles.shop()));
    String second = decorator(Compiles.compile(Compiles.shop()));
    assertThat(second).isEqualTo(first);
  }

  private static String decorator(Compilation compilation) throws IOException {
    return compilation.generatedSourceFile("com.example.shop.ItemRoutes_Metrics")
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  private static String golden() throws IOException {
    try (InputStream in = GoldenTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
      if (in == null) {
        throw new AssertionError("missing " + GOLDEN + "; run with -Dpromwire.updateGoldens");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
