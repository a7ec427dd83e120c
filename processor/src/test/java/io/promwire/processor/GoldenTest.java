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
 * One representative decorator and the bootstrap of its compilation compared as text, so that the
 * generated code stays readable and deterministic. To accept a deliberate change, run with {@code -Dpromwire.updateGoldens} and
 * review the diff of {@code src/test/resources/golden}.
 */
class GoldenTest {
  @Test
  void itemRoutesDecoratorMatchesGolden() throws IOException {
    matchesGolden("com.example.shop.ItemRoutes_Metrics", "golden/ItemRoutes_Metrics.java");
  }

  @Test
  void decoratorOfMethodsThatAnswerLaterMatchesGolden() throws IOException {
    matchesGolden("com.example.shop.Shipping_Metrics", "golden/Shipping_Metrics.java");
  }

  @Test
  void bootstrapMatchesGolden() throws IOException {
    matchesGolden("com.example.shop.PromwireBootstrap", "golden/PromwireBootstrap.java");
  }

  private static void matchesGolden(String generatedClass, String golden) throws IOException {
    Compilation compilation = Compiles.compile(Compiles.shop());
    assertThat(compilation).succeeded();
    matchesGolden(compilation, generatedClass, golden);
  }

  /** Compares one generated source of a compilation with its golden, or rewrites the golden. */
  static void matchesGolden(Compilation compilation, String generatedClass, String golden)
      throws IOException {
    String generated = source(compilation, generatedClass);
    if (System.getProperty("promwire.updateGoldens") != null) {
      // The copy on the class path is the old one until the next build: review the file's diff.
      Files.writeString(Path.of("src/test/resources", golden), generated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(generated).isEqualTo(golden(golden));
  }

  @Test
  void outputIsDeterministic() throws IOException {
    String first = source(Compiles.compile(Compiles.shop()), "com.example.shop.ItemRoutes_Metrics");
    String second = source(Compiles.compile(Compiles.shop()), "com.example.shop.ItemRoutes_Metrics");
    assertThat(second).isEqualTo(first);
  }

  static String source(Compilation compilation, String generatedClass) throws IOException {
    return compilation.generatedSourceFile(generatedClass)
        .orElseThrow()
        .getCharContent(true)
        .toString();
  }

  private static String golden(String golden) throws IOException {
    try (InputStream in = GoldenTest.class.getClassLoader().getResourceAsStream(golden)) {
      if (in == null) {
        throw new AssertionError("missing " + golden + "; run with -Dpromwire.updateGoldens");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
