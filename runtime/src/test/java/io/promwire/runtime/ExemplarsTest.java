package io.promwire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.tracer.common.SpanContext;
import io.prometheus.metrics.tracer.initializer.SpanContextSupplier;
import io.promwire.runtime.internal.Outcomes;
import io.promwire.runtime.internal.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Exemplars come from the span client_java's tracer support finds current, and only then. This
 * module's tests have no OpenTelemetry on the class path: a span context of the test's own, given
 * to client_java as an app with another tracer would, stands for a tracer; the end-to-end tests use
 * OpenTelemetry's SDK.
 */
class ExemplarsTest {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";
  private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";

  /** A tracer whose current span is the one the test sets on its thread. */
  private static final class TestSpans implements SpanContext {
    private final ThreadLocal<String[]> current = new ThreadLocal<>();

    @Override
    public String getCurrentTraceId() {
      String[] ids = current.get();
      return ids == null ? null : ids[0];
    }

    @Override
    public String getCurrentSpanId() {
      String[] ids = current.get();
      return ids == null ? null : ids[1];
    }

    @Override
    public boolean isCurrentSpanSampled() {
      return current.get() != null;
    }

    @Override
    public void markCurrentSpanAsExemplar() {}
  }

  /** {@code GET /items/{type}} with a counter and a histogram of its own. */
  private static TestApp items(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return TestApp.of(
        options,
        instruments ->
            List.of(
                Route.of("GET", "/items/{type}", "ItemRoutes.byType", r -> Outcomes.text("x"))
                    .recording(
                        MetricDefinition.counter("own_calls", "Own calls"),
                        MetricDefinition.histogram("own_seconds", "Own time", 0.1, 1))));
  }

  private static String openMetrics(TestApp app) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      OpenMetricsTextFormatWriter.create().write(out, app.registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static List<String> linesWithExemplars(String scrape) {
    return scrape.lines().filter(line -> line.contains(" # {")).toList();
  }

  @Test
  void withoutATracerNoMetricCarriesExemplarsNotEvenFromATraceparentHeader() {
    assertThat(SpanContextSupplier.hasSpanContext()).as("a tracer on the test class path").isFalse();
    TestApp app = items(options -> options);
    app.call("GET", "/items/a", Map.of("traceparent", List.of(TRACEPARENT)));

    assertThat(linesWithExemplars(openMetrics(app))).isEmpty();
  }

  /**
   * Records one {@code GET /items/a} with the test's tracer present, inside a span when {@code
   * inSpan}, and returns the OpenMetrics lines that carry an exemplar.
   */
  private static List<String> exemplarsOfOneCall(
      Function<PromwireOptions.Builder, PromwireOptions.Builder> options, boolean inSpan) {
    TestSpans spans = new TestSpans();
    SpanContextSupplier.setSpanContext(spans);
    try {
      TestApp app = items(options);
      if (inSpan) {
        spans.current.set(new String[] {TRACE_ID, SPAN_ID});
      }
      app.call("GET", "/items/a", Map.of("traceparent", List.of(TRACEPARENT)));
      spans.current.remove();
      return linesWithExemplars(openMetrics(app));
    } finally {
      SpanContextSupplier.setSpanContext(null);
    }
  }

  @Test
  void withATracerEveryCounterAndHistogramRecordedInASpanCarriesIt() {
    String exemplar = "# {span_id=\"" + SPAN_ID + "\",trace_id=\"" + TRACE_ID + "\"}";
    assertThat(exemplarsOfOneCall(options -> options, true))
        .anyMatch(line -> line.startsWith("http_request_total{") && line.contains(exemplar))
        .anyMatch(
            line ->
                line.startsWith("http_request_duration_seconds_bucket{") && line.contains(exemplar))
        .anyMatch(line -> line.startsWith("own_calls_total ") && line.contains(exemplar))
        .anyMatch(line -> line.startsWith("own_seconds_bucket{") && line.contains(exemplar));
  }

  @Test
  void exemplarsCanBeTurnedOff() {
    assertThat(exemplarsOfOneCall(options -> options.exemplars(false), true)).isEmpty();
  }

  @Test
  void callsOutsideASpanCarryNoExemplarWhateverTheirTraceparentHeader() {
    assertThat(exemplarsOfOneCall(options -> options, false)).isEmpty();
  }
}
