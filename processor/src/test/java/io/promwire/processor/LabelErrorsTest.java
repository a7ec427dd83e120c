package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static io.promwire.processor.Compiles.assertError;
import static io.promwire.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.promwire.annotations.Get;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where label values come from, and where they may. */
class LabelErrorsTest {
  /** A handler with one method: a route when {@code route} is not null. */
  private static JavaFileObject handler(String route, String metric, String label) {
    return source("Handler",
        "public class Handler {",
        route == null ? "" : "  " + route,
        "  " + metric,
        "      labels = " + label + ")",
        "  public String get() { return \"\"; }",
        "",
        "  public static class Named implements LabelResolver {",
        "    public String resolve(Request request, Response response, Throwable error) {",
        "      return \"x\";",
        "    }",
        "  }",
        "",
        "  public static class Tenant implements RequestLabelResolver {",
        "    public String resolve(Request request) { return \"x\"; }",
        "  }",
        "",
        "  public static class Both implements LabelResolver, RequestLabelResolver {",
        "    public String resolve(Request request, Response response, Throwable error) {",
        "      return \"x\";",
        "    }",
        "    public String resolve(Request request) { return \"x\"; }",
        "  }",
        "}");
  }

  @Test
  void labelNeedsASource() {
    assertError(
        handler("@Get(\"/a\")", "@Counted(name = \"c\", help = \"h\",", "@Label(name = \"tier\")"),
        "[promwire.labelSource] label 'tier' has no value source: set exactly one of value,",
        "name = \"tier\"");
  }

  @Test
  void labelNeedsExactlyOneSource() {
    assertError(
        handler(
            "@Get(\"/a\")", "@Counted(name = \"c\", help = \"h\",",
            "@Label(name = \"tier\", value = \"gold\", header = \"X-Tier\")"),
        "[promwire.labelSource] label 'tier' has 2 value sources (value, header)",
        "X-Tier");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pathParam", "queryParam", "header"})
  void namedSourceMustNotBeEmpty(String attribute) {
    assertError(
        handler(
            "@Get(\"/a\")", "@Counted(name = \"c\", help = \"h\",",
            "@Label(name = \"tier\", " + attribute + " = \"\")"),
        "[promwire.labelSource] label 'tier' has an empty " + attribute,
        "name = \"tier\"");
  }

  @Test
  void pathParamMustBeInTheTemplate() {
    assertError(
        handler(
            "@Get(\"/items/{id}\")", "@Counted(name = \"c\", help = \"h\",",
            "@Label(name = \"kind\", pathParam = \"type\")"),
        "[promwire.labelPathParam] label 'kind' reads path parameter 'type', which route template"
            + " '/items/{id}' does not have: use one of {id}",
        "pathParam = \"type\"");
  }

  @ParameterizedTest
  @CsvSource({
    "'pathParam = \"id\"', pathParam",
    "'queryParam = \"q\"', queryParam",
    "'header = \"X-Tenant\"', header",
    "from = LabelSource.STATUS, from = LabelSource.STATUS",
    "from = LabelSource.PATH, from = LabelSource.PATH",
    "from = LabelSource.RAW_PATH, from = LabelSource.RAW_PATH",
    "from = LabelSource.METHOD, from = LabelSource.METHOD"
  })
  void requestSourcesNeedARoute(String source, String described) {
    assertError(
        handler(null, "@Counted(name = \"c\", help = \"h\",", "@Label(name = \"v\", " + source + ")"),
        "[promwire.labelNeedsRoute] label 'v' uses " + described + ", which needs a request to a"
            + " route, but Handler.get() is not a route",
        "@Label(name = \"v\"");
  }

  @Test
  void exceptionAndResolverLabelsNeedNoRoute() {
    Compilation compilation =
        Compiles.compile(
            handler(
                null, "@Counted(name = \"c\", help = \"h\",",
                "{@Label(name = \"error\", from = LabelSource.EXCEPTION),"
                    + " @Label(name = \"r\", resolver = Handler.Named.class),"
                    + " @Label(name = \"t\", resolver = Handler.Tenant.class)}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void requestResolverIsWrittenWithItsOwnFactory() {
    Compilation compilation =
        Compiles.compile(
            handler(
                "@Get(\"/a\")", "@Counted(name = \"c\", help = \"h\",",
                "{@Label(name = \"r\", resolver = Handler.Named.class),"
                    + " @Label(name = \"t\", resolver = Handler.Tenant.class)}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Handler_Metrics")
        .contentsAsUtf8String()
        .contains("LabelDefinition.resolver(\"r\", new Handler.Named())");
    assertThat(compilation)
        .generatedSourceFile("test.Handler_Metrics")
        .contentsAsUtf8String()
        .contains("LabelDefinition.requestResolver(\"t\", new Handler.Tenant())");
  }

  @Test
  void resolverMustNotImplementBothInterfaces() {
    assertError(
        handler(
            "@Get(\"/a\")", "@Counted(name = \"c\", help = \"h\",",
            "@Label(name = \"r\", resolver = Handler.Both.class)"),
        "[promwire.labelResolver] resolver Handler.Both of label 'r' implements both"
            + " io.promwire.runtime.LabelResolver and io.promwire.runtime.RequestLabelResolver",
        "Handler.Both.class");
  }

  @Test
  void resolverMustImplementLabelResolver() {
    assertError(
        handler(
            "@Get(\"/a\")", "@Counted(name = \"c\", help = \"h\",",
            "@Label(name = \"r\", resolver = String.class)"),
        "[promwire.labelResolver] resolver String of label 'r' does not implement"
            + " io.promwire.runtime.LabelResolver or io.promwire.runtime.RequestLabelResolver",
        "String.class");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "public static class R implements LabelResolver { public R(int x) {} "
            + "public String resolve(Request q, Response r, Throwable t) { return \"\"; } }",
        "private static class R implements LabelResolver { "
            + "public String resolve(Request q, Response r, Throwable t) { return \"\"; } }",
        "public class R implements LabelResolver { "
            + "public String resolve(Request q, Response r, Throwable t) { return \"\"; } }",
        "public abstract static class R implements LabelResolver {}",
        "public static class R implements LabelResolver { private R() {} "
            + "public String resolve(Request q, Response r, Throwable t) { return \"\"; } }"
      })
  void resolverNeedsAPublicNoArgumentConstructorGeneratedCodeCanCall(String resolver) {
    JavaFileObject file =
        source("Handler",
            "public class Handler {",
            "  @Get(\"/a\")",
            "  @Counted(name = \"c\", help = \"h\",",
            "      labels = @Label(name = \"r\", resolver = Handler.R.class))",
            "  public String get() { return \"\"; }",
            "  " + resolver,
            "}");
    assertError(
        file,
        "[promwire.labelResolver] resolver Handler.R of label 'r' has no public no-argument"
            + " constructor",
        "Handler.R.class");
  }

  @Test
  void missingRuntimeIsReportedWithTheDependencyToAdd() throws URISyntaxException {
    JavaFileObject file =
        JavaFileObjects.forSourceLines("test.Handler",
            "package test;",
            "import io.promwire.annotations.*;",
            "public class Handler {",
            "  @Get(\"/a\")",
            "  @Counted(name = \"c\", help = \"h\",",
            "      labels = @Label(name = \"r\", resolver = Object.class))",
            "  public String get() { return \"\"; }",
            "}");
    File annotationsOnly = new File(Get.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Compilation compilation =
        javac()
            .withProcessors(new PromwireProcessor())
            .withClasspath(List.of(annotationsOnly))
            .compile(file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[promwire.noRuntime] io.promwire.runtime is not on the class path, so the code"
                + " generated for it cannot compile: add the dependency"
                + " io.promwire:promwire-runtime")
        .inFile(file)
        .onLineContaining("public class Handler");
    assertThat(compilation).hadErrorCount(1);
  }

  @ParameterizedTest
  @CsvSource({
    "from = LabelSource.STATUS, from = LabelSource.STATUS",
    "from = LabelSource.EXCEPTION, from = LabelSource.EXCEPTION",
    "resolver = Handler.Named.class, resolver"
  })
  void gaugeLabelsMustBeKnownOnEntry(String source, String described) {
    assertError(
        handler("@Get(\"/a\")", "@Gauge(name = \"g\", help = \"h\",",
            "@Label(name = \"v\", " + source + ")"),
        "[promwire.gaugeLabel] label 'v' of gauge 'g' uses " + described + ", which is known only"
            + " when the call ends",
        "@Label(name = \"v\"");
  }

  @Test
  void aPlainResolverOnAGaugeIsRefusedPointingAtTheRequestResolver() {
    assertError(
        handler("@Get(\"/a\")", "@Gauge(name = \"g\", help = \"h\",",
            "@Label(name = \"v\", resolver = Handler.Named.class)"),
        "or a resolver implementing io.promwire.runtime.RequestLabelResolver",
        "@Label(name = \"v\"");
  }

  @Test
  void aResolverThatIsNoneOnAGaugeIsReportedAsNoResolverOnly() {
    Compilation compilation =
        assertError(
            handler("@Get(\"/a\")", "@Gauge(name = \"g\", help = \"h\",",
                "@Label(name = \"v\", resolver = String.class)"),
            "[promwire.labelResolver] resolver String of label 'v' does not implement",
            "String.class");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void gaugeMayUseLabelsKnownOnEntry() {
    Compilation compilation =
        Compiles.compile(
            handler(
                "@Get(\"/items/{id}\")", "@Gauge(name = \"g\", help = \"h\",",
                "{@Label(name = \"id\", pathParam = \"id\"), @Label(name = \"m\", from ="
                    + " LabelSource.METHOD), @Label(name = \"t\", header = \"X-T\"),"
                    + " @Label(name = \"raw\", from = LabelSource.RAW_PATH),"
                    + " @Label(name = \"tenant\", resolver = Handler.Tenant.class)}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aRequestResolverLabelsAGaugeOfAMethodThatIsNotARoute() {
    Compilation compilation =
        Compiles.compile(
            handler(
                null, "@Gauge(name = \"g\", help = \"h\",",
                "@Label(name = \"tenant\", resolver = Handler.Tenant.class)"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void infoLabelsMustBeStatic() {
    assertError(
        source("Handler",
            "@Info(name = \"build\", help = \"Build info\",",
            "    labels = {",
            "        @Label(name = \"version\", value = \"1.0\"),",
            "        @Label(name = \"tenant\", header = \"X-Tenant\")})",
            "public class Handler {}"),
        "[promwire.infoLabel] label 'tenant' of info metric 'build' uses header, but info metrics"
            + " are constant",
        "X-Tenant");
  }
}
