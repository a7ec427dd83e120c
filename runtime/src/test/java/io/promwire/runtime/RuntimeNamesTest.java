package io.promwire.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Names given at run time follow the processor's rules and wording, and are refused, never
 * rewritten: client_java 1.10 would show {@code <lambda>} as {@code _lambda_}.
 */
class RuntimeNamesTest {
  private static final String LABEL_RULE =
      ": use letters, digits and '_', do not start with a digit or with '__'";

  private static void refused(Executable given, String message) {
    assertThatThrownBy(given::execute)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aCustomGroupingLabelMustBeALabelName() {
    refused(
        () -> GroupBy.custom("<lambda>", Request::path),
        "[promwire.labelName] label name '<lambda>' does not match [a-zA-Z_][a-zA-Z0-9_]*"
            + LABEL_RULE
            + " (GroupBy.custom)");
  }

  @Test
  void defaultLabelsMustBeLabelNamesNotReservedOnes() {
    refused(
        () -> PromwireOptions.builder().defaultLabel("__region", "eu-1"),
        "[promwire.labelName] label name '__region' starts with '__', which Prometheus reserves"
            + " for its own labels"
            + LABEL_RULE
            + " (PromwireOptions.defaultLabel)");
    refused(
        () -> PromwireOptions.builder().defaultLabel("1tenant", request -> "x"),
        "[promwire.labelName] label name '1tenant' does not match [a-zA-Z_][a-zA-Z0-9_]*"
            + LABEL_RULE
            + " (PromwireOptions.defaultLabel)");
  }

  @Test
  void labelDefinitionsForEveryRouteMetricsMustBeLabelNames() {
    refused(
        () -> LabelDefinition.path("route-path"),
        "[promwire.labelName] label name 'route-path' does not match [a-zA-Z_][a-zA-Z0-9_]*"
            + LABEL_RULE
            + " (LabelDefinition.path)");
    refused(
        () -> LabelDefinition.header("user agent", "User-Agent"),
        "[promwire.labelName] label name 'user agent' does not match [a-zA-Z_][a-zA-Z0-9_]*"
            + LABEL_RULE
            + " (LabelDefinition.header)");
  }

  @Test
  void metricNamesMustBeMetricNames() {
    refused(
        () -> MetricDefinition.counter("by-path", "Requests by path"),
        "[promwire.metricName] metric name 'by-path' does not match [a-zA-Z_:][a-zA-Z0-9_:]*: use"
            + " letters, digits, '_' and ':', and do not start with a digit"
            + " (MetricDefinition.counter)");
    refused(
        () -> MetricDefinition.counter("_total", "Requests"),
        "[promwire.metricName] MetricDefinition.counter name '_total' is only the suffix"
            + " client_java strips from it, which leaves no name: put a name before it, such as"
            + " requests_total");
  }

  @Test
  void aPrefixMustBeAMetricName() {
    refused(
        () -> PromwireOptions.builder().prefix("my-app"),
        "[promwire.metricName] metric name 'my-app' does not match [a-zA-Z_:][a-zA-Z0-9_:]*: use"
            + " letters, digits, '_' and ':', and do not start with a digit"
            + " (PromwireOptions.prefix)");
  }

  @Test
  void validNamesAreKeptAsGiven() {
    assertThat(GroupBy.custom("area_1", Request::path).labelName()).isEqualTo("area_1");
    assertThat(PromwireOptions.builder().prefix("flask").build().prefix()).isEqualTo("flask");
    assertThat(PromwireOptions.builder().prefix("").build().prefix()).isEmpty();
    assertThat(MetricDefinition.counter("ns:by_path", "h").name()).isEqualTo("ns:by_path");
    assertThat(
            PromwireOptions.builder().defaultLabel("_region", "eu-1").build().defaultLabels())
        .extracting(LabelDefinition::name)
        .containsExactly("_region");
  }
}
