package io.promwire.processor;

import static io.promwire.processor.Compiles.assertError;
import static io.promwire.processor.Compiles.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Metric names, label names, help, buckets and quantiles: each error at its value. */
class MetricErrorsTest {
  private static JavaFileObject method(String... annotations) {
    String[] body = new String[annotations.length + 4];
    body[0] = "public class Handler {";
    body[1] = "  @Get(\"/items/{id}\")";
    System.arraycopy(annotations, 0, body, 2, annotations.length);
    body[annotations.length + 2] = "  public String get(String id) { return id; }";
    body[annotations.length + 3] = "}";
    return source("Handler", body);
  }

  @Test
  void metricNameMustMatchThePrometheusSyntax() {
    assertError(
        method("  @Counted(name = \"bad-name\", help = \"h\")"),
        "[promwire.metricName] metric name 'bad-name' does not match [a-zA-Z_:][a-zA-Z0-9_:]*",
        "bad-name");
  }

  @Test
  void metricNameMustNotStartWithADigit() {
    assertError(
        method("  @Gauge(name = \"9lives\", help = \"h\")"),
        "[promwire.metricName] metric name '9lives'", "9lives");
  }

  @Test
  void counterNameMustBeMoreThanTheSuffixClientJavaStrips() {
    assertError(
        method("  @Counted(name = \"_total\", help = \"h\")"),
        "[promwire.metricName] counter name '_total' is only the suffix client_java strips",
        "_total");
  }

  @Test
  void infoNameMustBeMoreThanTheSuffixClientJavaStrips() {
    assertError(
        source("Handler",
            "@Info(name = \"_info\", help = \"h\")",
            "public class Handler {}"),
        "[promwire.metricName] info name '_info' is only the suffix client_java strips",
        "_info");
  }

  @ParameterizedTest
  @CsvSource({
    "1st, does not match [a-zA-Z_][a-zA-Z0-9_]*",
    "bad-label, does not match [a-zA-Z_][a-zA-Z0-9_]*",
    "__reserved, starts with '__'"
  })
  void labelNameMustBeValid(String name, String problem) {
    assertError(
        method(
            "  @Counted(name = \"c\", help = \"h\",",
            "      labels = {",
            "          @Label(name = \"fine\", value = \"x\"),",
            "          @Label(name = \"" + name + "\", value = \"y\")})"),
        "[promwire.labelName] label name '" + name + "' " + problem,
        "name = \"" + name + "\"");
  }

  @Test
  void labelErrorInsideARepeatedAnnotationIsReportedOnItsOwnLine() {
    assertError(
        method(
            "  @Counted(name = \"first\", help = \"h\", labels = @Label(name = \"ok\", value = \"x\"))",
            "  @Counted(name = \"second\", help = \"h\",",
            "      labels = {",
            "          @Label(name = \"fine\", value = \"y\"),",
            "          @Label(name = \"bad label\", value = \"z\")})"),
        "[promwire.labelName] label name 'bad label'",
        "bad label");
  }

  @Test
  void labelErrorInsideAnExplicitContainerIsReportedOnItsOwnLine() {
    assertError(
        method(
            "  @Counted.List({",
            "      @Counted(name = \"first\", help = \"h\"),",
            "      @Counted(name = \"second\", help = \"h\",",
            "          labels = @Label(name = \"bad label\", value = \"z\"))})"),
        "[promwire.labelName] label name 'bad label'",
        "bad label");
  }

  @Test
  void leIsReservedOnHistograms() {
    assertError(
        method(
            "  @Histogram(name = \"h\", help = \"h\",",
            "      labels = @Label(name = \"le\", value = \"x\"))"),
        "[promwire.reservedLabel] label name 'le' is reserved on a histogram",
        "name = \"le\"");
  }

  @Test
  void quantileIsReservedOnSummaries() {
    assertError(
        method(
            "  @Summary(name = \"s\", help = \"h\",",
            "      labels = @Label(name = \"quantile\", value = \"x\"))"),
        "[promwire.reservedLabel] label name 'quantile' is reserved on a summary",
        "name = \"quantile\"");
  }

  @ParameterizedTest
  @CsvSource({"''", "'   '"})
  void helpMustNotBeEmpty(String help) {
    assertError(
        method(
            "  @Counted(name = \"c\",",
            "      help = \"" + help + "\")"),
        "[promwire.help] help of metric 'c' is empty",
        "help = ");
  }

  @ParameterizedTest
  @CsvSource({"Counted, counter", "Histogram, histogram", "Summary, summary", "Gauge, gauge"})
  void initialValueFalseOnAMetricWithoutLabelsWouldDoNothing(String annotation, String kind) {
    assertError(
        method(
            "  @" + annotation + "(name = \"calls\", help = \"h\",",
            "      initialValue = false)"),
        "[promwire.initialValue] initialValue = false has no effect on " + kind + " 'calls',"
            + " which declares no labels: client_java exposes a metric without labels at 0 from"
            + " its registration on; remove initialValue = false",
        "initialValue = false");
  }

  @Test
  void labelNamesMustBeDistinct() {
    assertError(
        method(
            "  @Counted(name = \"c\", help = \"h\",",
            "      labels = {",
            "          @Label(name = \"tier\", value = \"gold\"),",
            "          @Label(name = \"tier\", value = \"silver\")})"),
        "[promwire.duplicateLabel] label name 'tier' appears more than once in metric 'c'",
        "silver");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}                         | are empty",
        "{1, 0.5}                   | are not in increasing order: 0.5 follows 1.0",
        "{0.5, 0.5}                 | contain 0.5 twice",
        "{-1, 1}                    | contain the negative bound -1.0",
        "{1, Double.POSITIVE_INFINITY} | contain Infinity, which is not finite",
        "{0.0 / 0.0}                | contain NaN, which is not finite"
      })
  void bucketsMustBeFiniteNonNegativeAndIncreasing(String buckets, String problem) {
    assertError(
        method(
            "  @Histogram(name = \"latency\", help = \"h\",",
            "      buckets = " + buckets + ")"),
        "[promwire.buckets] buckets of histogram 'latency' " + problem,
        "buckets = ");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{0}          | 0.0 | is not between 0 and 1 (exclusive)",
        "{1}          | 1.0 | is not between 0 and 1 (exclusive)",
        "{0.5, 1.5}   | 1.5 | is not between 0 and 1 (exclusive)",
        "{-0.1}       | -0.1 | is not between 0 and 1 (exclusive)",
        "{0.9, 0.9}   | 0.9 | appears twice"
      })
  void quantilesMustBeDistinctAndBetweenZeroAndOne(String quantiles, String bad, String problem) {
    assertError(
        method(
            "  @Summary(name = \"latency\", help = \"h\",",
            "      quantiles = " + quantiles + ")"),
        "[promwire.quantiles] quantile " + bad + " of summary 'latency' " + problem,
        "quantiles = ");
  }
}
