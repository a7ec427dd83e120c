package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.promwire.processor.Compiles.source;

import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One metric name is one metric across the whole compilation; two metrics must not expose the
 * same series name; user metrics must not take promwire's default names. Each conflict is
 * reported at both places.
 */
class ConflictErrorsTest {
  private static JavaFileObject handler(String name, String route, String metric) {
    return source(name,
        "public class " + name + " {",
        "  @Get(\"" + route + "\")",
        "  " + metric,
        "  public String get() { return \"\"; }",
        "}");
  }

  /** Both declarations get an error, each naming the other; nothing else is reported. */
  private static void assertAtBoth(
      JavaFileObject first, String firstMessage, String firstLine,
      JavaFileObject second, String secondMessage, String secondLine) {
    Compilation compilation = Compiles.compile(first, second);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(firstMessage).inFile(first).onLineContaining(firstLine);
    assertThat(compilation)
        .hadErrorContaining(secondMessage)
        .inFile(second)
        .onLineContaining(secondLine);
    assertThat(compilation).hadErrorCount(2);
  }

  static Stream<Arguments> conflicts() {
    return Stream.of(
        arguments(
            "different type",
            "@Counted(name = \"jobs\", help = \"Jobs\")",
            "[promwire.metricConflict] metric 'jobs' is declared differently at B.get() (a"
                + " histogram there, a counter here)",
            "@Histogram(name = \"jobs\", help = \"Jobs\")",
            "[promwire.metricConflict] metric 'jobs' is declared differently at A.get() (a counter"
                + " there, a histogram here)"),
        arguments(
            "different help",
            "@Counted(name = \"jobs\", help = \"Jobs\")",
            "(help 'Jobs done' there, 'Jobs' here)",
            "@Counted(name = \"jobs\", help = \"Jobs done\")",
            "(help 'Jobs' there, 'Jobs done' here)"),
        arguments(
            "different label names",
            "@Counted(name = \"jobs\", help = \"Jobs\", labels = @Label(name = \"a\", value = \"x\"))",
            "(labels [b] there, [a] here)",
            "@Counted(name = \"jobs\", help = \"Jobs\", labels = @Label(name = \"b\", value = \"x\"))",
            "(labels [a] there, [b] here)"),
        arguments(
            "different buckets",
            "@Histogram(name = \"t\", help = \"T\", buckets = {1, 2})",
            "(buckets [1.0, 3.0] there, [1.0, 2.0] here)",
            "@Histogram(name = \"t\", help = \"T\", buckets = {1, 3})",
            "(buckets [1.0, 2.0] there, [1.0, 3.0] here)"),
        arguments(
            "different quantiles",
            "@Summary(name = \"t\", help = \"T\", quantiles = {0.5})",
            "(quantiles [0.9] there, [0.5] here)",
            "@Summary(name = \"t\", help = \"T\", quantiles = {0.9})",
            "(quantiles [0.5] there, [0.9] here)"),
        arguments(
            "counter spelled with and without _total",
            "@Counted(name = \"jobs\", help = \"Jobs\")",
            "[promwire.metricConflict] metric 'jobs' is declared differently at B.get() (spelled"
                + " 'jobs_total' there, which client_java treats as the same name)",
            "@Counted(name = \"jobs_total\", help = \"Jobs\")",
            "[promwire.metricConflict] metric 'jobs_total' is declared differently at A.get()"),
        arguments(
            "gauge named like a counter's series",
            "@Gauge(name = \"jobs_total\", help = \"Jobs\")",
            "[promwire.metricConflict] gauge 'jobs_total' is exposed as 'jobs_total', the same name"
                + " as counter 'jobs' at B.get()",
            "@Counted(name = \"jobs\", help = \"Jobs\")",
            "[promwire.metricConflict] counter 'jobs' is exposed as 'jobs_total', the same name as"
                + " gauge 'jobs_total' at A.get()"),
        arguments(
            "gauge named like a histogram's series",
            "@Histogram(name = \"latency\", help = \"L\")",
            "histogram 'latency' is exposed as 'latency_bucket', the same name as gauge"
                + " 'latency_bucket'",
            "@Gauge(name = \"latency_bucket\", help = \"L\")",
            "gauge 'latency_bucket' is exposed as 'latency_bucket', the same name as histogram"
                + " 'latency'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conflicts")
  void conflictIsReportedAtBothDeclarations(
      String what, String first, String firstMessage, String second, String secondMessage) {
    assertAtBoth(
        handler("A", "/a", first), firstMessage, "name =",
        handler("B", "/b", second), secondMessage, "name =");
  }

  @Test
  void infoAndCounterWithTheSameRegistryName() {
    assertAtBoth(
        source("A",
            "@Info(name = \"build_info\", help = \"Build\")",
            "public class A {}"),
        "metric 'build_info' is declared differently at B.get() (a counter there, an info here)",
        "@Info",
        handler("B", "/b", "@Counted(name = \"build\", help = \"Build\")"),
        "metric 'build' is declared differently at @Info of test.A (an info there, a counter"
            + " here)",
        "name =");
  }

  @Test
  void infoNamedWithoutInfoIsExposedUnderThatNameAndCollidesThere() {
    assertAtBoth(
        source("A",
            "@Info(name = \"jobs_total\", help = \"Jobs\")",
            "public class A {}"),
        "[promwire.metricConflict] info 'jobs_total' is exposed as 'jobs_total', the same name as"
            + " counter 'jobs' at B.get()",
        "@Info",
        handler("B", "/b", "@Counted(name = \"jobs\", help = \"Jobs\")"),
        "[promwire.metricConflict] counter 'jobs' is exposed as 'jobs_total', the same name as"
            + " info 'jobs_total' at @Info of test.A",
        "name =");
  }

  @Test
  void infoNamedWithoutInfoLeavesTheNameWithInfoFree() {
    Compilation compilation =
        Compiles.compile(
            source("A",
                "@Info(name = \"build\", help = \"Build\")",
                "public class A {}"),
            handler("B", "/b", "@Gauge(name = \"build_info\", help = \"Build\")"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void identicalDeclarationsShareOneMetric() {
    String metric =
        "@Counted(name = \"jobs\", help = \"Jobs\", labels = @Label(name = \"tier\", value = \"a\"))";
    JavaFileObject other =
        source("B",
            "public class B {",
            "  @Get(\"/b\")",
            "  @Counted(name = \"jobs\", help = \"Jobs\",",
            "      labels = @Label(name = \"tier\", header = \"X-Tier\"))",
            "  public String get() { return \"\"; }",
            "  @Counted(name = \"jobs\", help = \"Jobs\",",
            "      labels = @Label(name = \"tier\", from = LabelSource.EXCEPTION))",
            "  public void helper() {}",
            "}");
    Compilation compilation = Compiles.compile(handler("A", "/a", metric), other);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Counted   | http_request_total            | http_request_total",
        "Counted   | http_request                  | http_request_total",
        "Counted   | http_request_exceptions       | http_request_exceptions_total",
        "Histogram | http_request_duration_seconds | http_request_duration_seconds",
        "Summary   | http_request_duration_seconds | http_request_duration_seconds",
        "Gauge     | http_request_duration_seconds_count | http_request_duration_seconds",
        "Gauge     | http_request_created          | http_request_total",
        "Gauge     | exporter_info                 | exporter_info",
        "Counted   | exporter                      | exporter_info"
      })
  void defaultMetricNamesAreTaken(String annotation, String name, String defaultName) {
    JavaFileObject file = handler("A", "/a", "@" + annotation + "(name = \"" + name + "\", help = \"h\")");
    Compilation compilation = Compiles.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("'" + name + "' clashes with promwire's default metric '" + defaultName + "'")
        .inFile(file)
        .onLineContaining("name =");
  }

  @Test
  void defaultInfoNameIsTakenByInfoToo() {
    JavaFileObject file =
        source("A",
            "@Info(name = \"exporter\", help = \"Mine\")",
            "public class A {}");
    Compilation compilation = Compiles.compile(file);
    assertThat(compilation)
        .hadErrorContaining(
            "[promwire.defaultMetric] info 'exporter' clashes with promwire's default metric"
                + " 'exporter_info'")
        .inFile(file)
        .onLineContaining("@Info");
  }

  @Test
  void duplicateRoutesAcrossClassesAreReportedAtBoth() {
    assertAtBoth(
        handler("A", "/items/{id}", ""),
        "[promwire.duplicateRoute] GET /items/{id} is also served by B.get()",
        "@Get",
        handler("B", "/items/{type}", ""),
        "[promwire.duplicateRoute] GET /items/{type} is also served by A.get()",
        "@Get");
  }

  @Test
  void conflictingHandlersGetNoDecoratorAndThereIsNoBootstrap(@TempDir Path directory)
      throws IOException {
    DiskCompilation compilation =
        DiskCompilation.compile(
            directory,
            handler("A", "/a", "@Counted(name = \"jobs\", help = \"Jobs\")"),
            handler("B", "/b", "@Gauge(name = \"jobs\", help = \"Jobs\")"),
            handler("C", "/c", "@Counted(name = \"fine\", help = \"Fine\")"));
    Assertions.assertThat(compilation.success()).isFalse();
    Assertions.assertThat(compilation.generated("test.A_Metrics")).isFalse();
    Assertions.assertThat(compilation.generated("test.B_Metrics")).isFalse();
    Assertions.assertThat(compilation.generated("test.C_Metrics")).isTrue();
    Assertions.assertThat(compilation.generated("test.PromwireBootstrap")).isFalse();
  }
}
