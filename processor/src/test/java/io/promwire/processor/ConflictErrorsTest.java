package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.promwire.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  private static void assertConflict(
      JavaFileObject first, String firstMessage, JavaFileObject second, String secondMessage) {
    Compilation compilation = Compiles.compile(first, second);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(firstMessage).inFile(first).onLineContaining("name =");
    assertThat(compilation)
        .hadErrorContaining(secondMessage)
        .inFile(second)
        .onLineContaining("name =");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void sameNameDifferentType() {
    assertConflict(
        handler("A", "/a", "@Counted(name = \"jobs\", help = \"Jobs\")"),
        "[promwire.metricConflict] metric 'jobs' is declared differently at B.get() (a histogram"
            + " there, a counter here)",
        handler("B", "/b", "@Histogram(name = \"jobs\", help = \"Jobs\")"),
        "[promwire.metricConflict] metric 'jobs' is declared differently at A.get() (a counter"
            + " there, a histogram here)");
  }

  @Test
  void sameNameDifferentHelp() {
    assertConflict(
        handler("A", "/a", "@Counted(name = \"jobs\", help = \"Jobs\")"),
        "(help 'Jobs done' there, 'Jobs' here)",
        handler("B", "/b", "@Counted(name = \"jobs\", help = \"Jobs done\")"),
        "(help 'Jobs' there, 'Jobs done' here)");
  }

  @Test
  void sameNameDifferentLabelNames() {
    assertConflict(
        handler("A", "/a",
            "@Counted(name = \"jobs\", help = \"Jobs\", labels = @Label(name = \"a\", value = \"x\"))"),
        "(labels [b] there, [a] here)",
        handler("B", "/b",
            "@Counted(name = \"jobs\", help = \"Jobs\", labels = @Label(name = \"b\", value = \"x\"))"),
        "(labels [a] there, [b] here)");
  }

  @Test
  void sameNameDifferentBuckets() {
    assertConflict(
        handler("A", "/a", "@Histogram(name = \"t\", help = \"T\", buckets = {1, 2})"),
        "(buckets [1.0, 3.0] there, [1.0, 2.0] here)",
        handler("B", "/b", "@Histogram(name = \"t\", help = \"T\", buckets = {1, 3})"),
        "(buckets [1.0, 2.0] there, [1.0, 3.0] here)");
  }

  @Test
  void counterSpelledWithAndWithoutTotalIsOneName() {
    assertConflict(
        handler("A", "/a", "@Counted(name = \"jobs\", help = \"Jobs\")"),
        "[promwire.metricConflict] metric 'jobs' is declared differently at B.get() (spelled"
            + " 'jobs_total' there, which client_java treats as the same name)",
        handler("B", "/b", "@Counted(name = \"jobs_total\", help = \"Jobs\")"),
        "[promwire.metricConflict] metric 'jobs_total' is declared differently at A.get()");
  }

  @Test
  void infoAndCounterWithTheSameRegistryName() {
    JavaFileObject info =
        source("A",
            "@Info(name = \"build_info\", help = \"Build\")",
            "public class A {}");
    JavaFileObject counter = handler("B", "/b", "@Counted(name = \"build\", help = \"Build\")");
    Compilation compilation = Compiles.compile(info, counter);
    assertThat(compilation)
        .hadErrorContaining("metric 'build_info' is declared differently at B.get() (a counter"
            + " there, a info here")
        .inFile(info)
        .onLineContaining("@Info");
    assertThat(compilation)
        .hadErrorContaining("metric 'build' is declared differently at @Info of test.A")
        .inFile(counter)
        .onLineContaining("name =");
  }

  @Test
  void gaugeNamedLikeACountersSeries() {
    assertConflict(
        handler("A", "/a", "@Gauge(name = \"jobs_total\", help = \"Jobs\")"),
        "[promwire.metricConflict] gauge 'jobs_total' is exposed as 'jobs_total', the same name as"
            + " counter 'jobs' at B.get()",
        handler("B", "/b", "@Counted(name = \"jobs\", help = \"Jobs\")"),
        "[promwire.metricConflict] counter 'jobs' is exposed as 'jobs_total', the same name as"
            + " gauge 'jobs_total' at A.get()");
  }

  @Test
  void gaugeNamedLikeAHistogramsSeries() {
    assertConflict(
        handler("A", "/a", "@Histogram(name = \"latency\", help = \"L\")"),
        "histogram 'latency' is exposed as 'latency_bucket', the same name as gauge"
            + " 'latency_bucket'",
        handler("B", "/b", "@Gauge(name = \"latency_bucket\", help = \"L\")"),
        "gauge 'latency_bucket' is exposed as 'latency_bucket', the same name as histogram"
            + " 'latency'");
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
    JavaFileObject a = handler("A", "/items/{id}", "");
    JavaFileObject b = handler("B", "/items/{type}", "");
    Compilation compilation = Compiles.compile(a, b);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[promwire.duplicateRoute] GET /items/{id} is also served by B.get()")
        .inFile(a)
        .onLineContaining("@Get");
    assertThat(compilation)
        .hadErrorContaining("[promwire.duplicateRoute] GET /items/{type} is also served by A.get()")
        .inFile(b)
        .onLineContaining("@Get");
    assertThat(compilation).hadErrorCount(2);
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
