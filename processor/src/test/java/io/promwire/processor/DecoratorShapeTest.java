package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.promwire.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * The decorator's shape for unusual handlers: names that stay clear of the user's, and the
 * interfaces it takes on.
 */
class DecoratorShapeTest {
  @Test
  void generatedNamesAvoidParametersMethodsAndEachOther() {
    Compilation compilation =
        Compiles.compile(
            source("Handler",
                "public class Handler implements java.util.function.Supplier<String> {",
                "  @Get(\"/a/{delegate}\")",
                "  @Counted(name = \"delegate_calls\", help = \"h\",",
                "      labels = @Label(name = \"d\", pathParam = \"delegate\"))",
                "  public String get(String delegate) { return delegate; }",
                "  @Counted(name = \"plain_calls\", help = \"h\")",
                "  @Override public String get() { return \"\"; }",
                "  @Counted(name = \"routes_calls\", help = \"h\")",
                "  public String routes() { return \"\"; }",
                "  @Histogram(name = \"busy_seconds\", help = \"h\")",
                "  public String busy(Request request, long start, Object result, int e) {",
                "    return \"\";",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Handler_Metrics")
        .contentsAsUtf8String()
        .contains("return this.delegate.get(delegate);");
    assertThat(compilation)
        .generatedSourceFile("test.Handler_Metrics")
        .contentsAsUtf8String()
        .contains("private final CounterHandle delegateCalls;");
    assertThat(compilation)
        .generatedSourceFile("test.Handler_Metrics")
        .contentsAsUtf8String()
        .contains(
            "    long start2 = System.nanoTime();\n"
                + "    try {\n"
                + "      return delegate.busy(request, start, result, e);\n"
                + "    } finally {\n"
                + "      long elapsed = System.nanoTime() - start2;\n"
                + "      busySeconds.observe(elapsed);\n");
    assertThat(compilation)
        .generatedSourceFile("test.Handler_Metrics")
        .contentsAsUtf8String()
        .contains("private Response serveGet(Request request) throws Exception {");
    assertThat(compilation)
        .generatedSourceFile("test.Handler_Metrics")
        .contentsAsUtf8String()
        .contains("public RouteTable routeTable() {");
    assertThat(compilation)
        .generatedSourceFile("test.PromwireBootstrap")
        .contentsAsUtf8String()
        .contains("return List.of(handler.routeTable());");
  }

  @Test
  void slotNamesAvoidTheBuildersOwnMethodsAndEachOther() {
    Compilation compilation =
        Compiles.compile(
            Compiles.sourceIn("shop.a", "Registry",
                "public class Registry {",
                "  @Get(\"/registry\")",
                "  public String get() { return \"\"; }",
                "}"),
            Compiles.sourceIn("shop.b", "Registry",
                "public class Registry {",
                "  @Get(\"/other\")",
                "  public String get() { return \"\"; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("shop.PromwireBootstrap")
        .contentsAsUtf8String()
        .contains("public Builder registry(PrometheusRegistry registry)");
    assertThat(compilation)
        .generatedSourceFile("shop.PromwireBootstrap")
        .contentsAsUtf8String()
        .contains("public Builder registry2(Registry registry2)");
    assertThat(compilation)
        .generatedSourceFile("shop.PromwireBootstrap")
        .contentsAsUtf8String()
        .contains("public Builder registry3(shop.b.Registry registry3)");
  }

  @Test
  void sealedInterfacesAreLeftOutBecauseTheDecoratorCannotImplementThem() {
    Compilation compilation =
        Compiles.compile(
            source("Handler",
                "public final class Handler implements Shape, Runnable {",
                "  @Get(\"/a\")",
                "  public String get() { return \"\"; }",
                "  public void run() {}",
                "}",
                "sealed interface Shape permits Handler {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Handler_Metrics")
        .contentsAsUtf8String()
        .contains("public final class Handler_Metrics implements Runnable {");
  }

  @Test
  void enumAndRecordHandlersTakeOnOnlyTheirOwnInterfaces() {
    Compilation compilation =
        Compiles.compile(
            source("Handlers",
                "public class Handlers {",
                "  public enum Singleton implements java.io.Serializable, Runnable {",
                "    INSTANCE;",
                "    @Get(\"/enum\") public String get() { return \"\"; }",
                "    public void run() {}",
                "  }",
                "  public record Rec(String name) {",
                "    @Get(\"/record\") public String get() { return name; }",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Handlers_Singleton_Metrics")
        .contentsAsUtf8String()
        .contains("public final class Handlers_Singleton_Metrics implements Runnable {");
    assertThat(compilation)
        .generatedSourceFile("test.Handlers_Rec_Metrics")
        .contentsAsUtf8String()
        .contains("public final class Handlers_Rec_Metrics {");
    assertThat(compilation)
        .generatedSourceFile("test.PromwireBootstrap")
        .contentsAsUtf8String()
        .contains("handlers.require(Handlers.Singleton.class,");
  }
}
