package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.promwire.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Handlers and the types they use may appear in later rounds, made by other processors. */
class RoundsTest {
  /** Writes one source file in the first round where {@code when} holds. */
  private static final class Generates extends AbstractProcessor {
    private final String name;
    private final String text;
    private final Predicate<RoundEnvironment> when;
    private boolean done;

    Generates(String name, String text, Predicate<RoundEnvironment> when) {
      this.name = name;
      this.text = text;
      this.when = when;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done && !round.processingOver() && when.test(round)) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          writer.write(text);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  private static final String GENERATED_HANDLER =
      "package test;\n"
          + "public class Generated {\n"
          + "  @io.promwire.annotations.Get(\"/generated\")\n"
          + "  public String get() { return \"\"; }\n"
          + "}\n";

  private static final JavaFileObject ITEMS =
      source("Items",
          "public class Items {",
          "  @Get(\"/items\")",
          "  public String get() { return \"\"; }",
          "}");

  @Test
  void handlerGeneratedByAnotherProcessorJoinsTheBootstrap() throws IOException {
    Compilation compilation =
        javac()
            .withProcessors(
                new Generates("test.Generated", GENERATED_HANDLER, round -> true),
                new PromwireProcessor())
            .compile(ITEMS);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Generated_Metrics");
    assertThat(compilation)
        .generatedSourceFile("test.PromwireBootstrap")
        .contentsAsUtf8String()
        .contains("return List.of(Generated.class, Items.class);");
  }

  @Test
  void handlerWaitsForTypesAnotherProcessorGenerates() {
    JavaFileObject paints =
        source("Paints",
            "public class Paints {",
            "  @Get(\"/paints/{shade}\")",
            "  public String get(Shade shade) { return shade.name(); }",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(
                new Generates("test.Shade", "package test;\npublic enum Shade { DARK, LIGHT }\n",
                    round -> true),
                new PromwireProcessor())
            .compile(paints);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Paints_Metrics")
        .contentsAsUtf8String()
        .contains("Converter.ofEnum(\"one of DARK, LIGHT\",\n      Shade::valueOf)");
  }

  @Test
  void handlerWaitsForConstantsAnotherProcessorGenerates() {
    JavaFileObject items =
        source("Items",
            "public class Items {",
            "  @Get(Paths.ITEMS)",
            "  @Counted(name = Paths.METRIC, help = \"Items\",",
            "      labels = @Label(name = \"tier\", value = Paths.TIER))",
            "  public String get() { return \"\"; }",
            "}");
    Compilation compilation =
        javac()
            .withProcessors(
                new Generates(
                    "test.Paths",
                    "package test;\n"
                        + "final class Paths {\n"
                        + "  static final String ITEMS = \"/items\";\n"
                        + "  static final String METRIC = \"items\";\n"
                        + "  static final String TIER = \"gold\";\n"
                        + "}\n",
                    round -> true),
                new PromwireProcessor())
            .compile(items);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Items_Metrics")
        .contentsAsUtf8String()
        .contains("MetricDefinition.counter(\"items\", \"Items\")");
  }

  @Test
  void constantsThatNeverResolveGiveOneExplanationNotGuesses() {
    JavaFileObject file =
        source("Items",
            "public class Items {",
            "  @Get(Paths.ITEMS)",
            "  public String get() { return \"\"; }",
            "}");
    Compilation compilation = Compiles.compile(file);
    assertThat(compilation)
        .hadErrorContaining("[promwire.unresolved] types or constants that test.Items uses")
        .inFile(file)
        .onLineContaining("public class Items");
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void handlerAfterTheBootstrapIsAnError() {
    Compilation compilation =
        javac()
            .withProcessors(
                new PromwireProcessor(),
                new Generates("test.Generated", GENERATED_HANDLER,
                    round -> round.getRootElements().stream()
                        .anyMatch(e -> e.getSimpleName().contentEquals("PromwireBootstrap"))))
            .compile(ITEMS);
    assertThat(compilation).failed();
    // The generated file is not among the inputs, so check its name and line directly.
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    Assertions.assertThat(error.getMessage(Locale.ROOT))
        .startsWith(
            "[promwire.lateHandler] handler test.Generated appeared in annotation processing round");
    Assertions.assertThat(error.getSource().getName()).endsWith("test/Generated.java");
    Assertions.assertThat(error.getLineNumber()).isEqualTo(2);
    Assertions.assertThat(compilation.errors()).hasSize(1);
  }

  @Test
  void typesThatNeverResolveAreExplained() {
    JavaFileObject file =
        source("Paints",
            "public class Paints {",
            "  @Get(\"/paints/{shade}\")",
            "  public String get(Missing shade) { return \"\"; }",
            "}");
    Compilation compilation = Compiles.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[promwire.unresolved] types or constants that test.Paints uses could not be"
                + " resolved, so promwire generated nothing for it")
        .inFile(file)
        .onLineContaining("public class Paints");
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void aCrashIsReportedAsAnErrorInsteadOfBreakingTheCompiler() {
    PromwireProcessor promwire = new PromwireProcessor();
    AbstractProcessor failing =
        new AbstractProcessor() {
          @Override
          public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            promwire.init(env);
          }

          @Override
          public Set<String> getSupportedAnnotationTypes() {
            return promwire.getSupportedAnnotationTypes();
          }

          @Override
          public SourceVersion getSupportedSourceVersion() {
            return promwire.getSupportedSourceVersion();
          }

          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return promwire.process(annotations, failingOnLookup(round));
          }
        };
    Compilation compilation = javac().withProcessors(failing).compile(ITEMS);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[promwire.crash] processor threw java.lang.IllegalStateException: lookup failed while"
                + " processing round 1; please report this with the stack trace");
  }

  /** A round whose annotation lookups throw, as a bug in the processor would. */
  private static RoundEnvironment failingOnLookup(RoundEnvironment round) {
    return (RoundEnvironment)
        Proxy.newProxyInstance(
            RoundsTest.class.getClassLoader(),
            new Class<?>[] {RoundEnvironment.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getElementsAnnotatedWith")) {
                throw new IllegalStateException("lookup failed");
              }
              return method.invoke(round, args);
            });
  }
}
