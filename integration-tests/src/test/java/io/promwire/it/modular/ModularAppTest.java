package io.promwire.it.modular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app that is a named module, compiled with the processor and run on the module path, as a user
 * with a {@code module-info.java} builds one: promwire's modules are real modules (annotations,
 * runtime) and client_java's are automatic ones.
 */
class ModularAppTest {
  private static final String MODULE_INFO =
      """
      module shop {
        requires io.promwire.runtime;
        requires static java.compiler; // @Generated
      }
      """;

  private static final String ROUTES =
      """
      package shop;

      import io.promwire.annotations.Counted;
      import io.promwire.annotations.Get;
      import io.promwire.annotations.Label;

      public class ShopRoutes {
        @Get("/items/{type}")
        @Counted(name = "items_by_type", help = "Items by type",
                 labels = @Label(name = "type", pathParam = "type"))
        public String item(String type) { return "item " + type; }
      }
      """;

  private static final String MAIN =
      """
      package shop;

      import io.promwire.runtime.Promwire;
      import io.promwire.runtime.PromwireOptions;
      import io.promwire.runtime.Request;
      import java.util.Map;

      public class Main {
        public static void main(String[] args) {
          Promwire app = PromwireBootstrap.builder()
              .options(PromwireOptions.builder().jvmMetrics(false).build())
              .build();
          Request request = Request.fromRawPath("GET", "/items/lamp", null, Map.of(), new byte[0]);
          System.out.println(app.dispatch(request).bodyAsString());
          System.out.print(app.metricsText());
        }
      }
      """;

  @Test
  void compilesWithTheProcessorAndRunsOnTheModulePath(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    write(src.resolve("module-info.java"), MODULE_INFO);
    write(src.resolve("shop/ShopRoutes.java"), ROUTES);
    write(src.resolve("shop/Main.java"), MAIN);
    Path out = dir.resolve("out");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of(
        "--module-path", modulePath(),
        "--processor-path", processorPath(),
        "-d", out.toString()));
    try (Stream<Path> sources = Files.walk(src)) {
      sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
    }
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    assertThat(out.resolve("shop/PromwireBootstrap.class")).exists();

    String output = run(modulePath() + File.pathSeparator + out, "shop/shop.Main");

    assertThat(output)
        .contains("item lamp")
        .contains("items_by_type_total{type=\"lamp\"} 1.0")
        .contains(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/items/{type}\","
                + "status=\"200\"} 1");
  }

  /** promwire's modules and client_java's, as the test class path has them. */
  private static String modulePath() {
    return classPath()
        .filter(entry -> entry.contains("promwire-annotations") || entry.contains("annotations/target")
            || entry.contains("promwire-runtime") || entry.contains("runtime/target")
            || entry.contains("io/prometheus"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** The processor and what it runs on. */
  private static String processorPath() {
    return classPath()
        .filter(entry -> entry.contains("processor") || entry.contains("javapoet")
            || entry.contains("promwire-annotations") || entry.contains("annotations/target"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Stream<String> classPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator));
  }

  private static String run(String modulePath, String module)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "--module-path", modulePath, "-m", module)
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("the app ended within a minute:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("exit status, output:%n%s", output).isZero();
    return output;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
