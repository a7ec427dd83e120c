package io.promwire.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.promwire.it.InventoryService_Metrics;
import io.promwire.runtime.Promwire;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * With OpenTelemetry's SDK making a span per request, the default metrics and the routes' own
 * counters and histograms carry the span's trace id as an exemplar, seen in an OpenMetrics scrape.
 * No Prometheus needed.
 */
class ExemplarsHttpTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String OTHER_TRACE = "5c0a6e1f2b3d4c5e6f708192a3b4c5d6";

  private static List<String> exemplarLines(String scrape, String sampleStart, String traceId) {
    return scrape.lines()
        .filter(line -> line.startsWith(sampleStart))
        .filter(line -> line.contains(" # {") && line.contains("trace_id=\"" + traceId + "\""))
        .toList();
  }

  /** The id of the span the app made in the trace, once it has ended. */
  private static String spanOf(TracedJettyApp app, String traceId) {
    String ids =
        Await.until(
            "the span of trace " + traceId,
            Duration.ofSeconds(10),
            () -> app.spanIds().stream().filter(id -> id.startsWith(traceId)).findFirst(),
            Optional::isPresent)
            .orElseThrow();
    return ids.substring(ids.indexOf('/') + 1);
  }

  @Test
  void defaultAndAnnotatedMetricsCarryTheTraceOfTheRequest() {
    try (TracedJettyApp app = new TracedJettyApp(Apps.integrationHandlers(o -> o.jvmMetrics(false)))) {
      assertThat(app.send("GET", "/api/products/8", TRACE)).isEqualTo(404);
      assertThat(app.send("PUT", "/api/products/7", OTHER_TRACE)).isEqualTo(201);

      String scrape = app.scrapeOpenMetrics();

      // The exemplar names the span the app's tracer made for the request, a child of the caller's.
      String spanId = spanOf(app, TRACE);
      assertThat(exemplarLines(scrape, "http_request_total{method=\"GET\",status=\"404\"}", TRACE))
          .singleElement()
          .asString()
          .contains("span_id=\"" + spanId + "\"");
      assertThat(exemplarLines(scrape, "http_request_duration_seconds_bucket{method=\"GET\",path=\"/api/products/{id}\",status=\"404\"", TRACE))
          .hasSize(1);
      assertThat(exemplarLines(scrape, "catalog_lookups_total{", TRACE)).hasSize(1);
      assertThat(exemplarLines(scrape, "catalog_write_seconds_bucket{", OTHER_TRACE)).hasSize(1);
    }
  }

  @Test
  void aDecoratorCalledInsideASpanCarriesItsTrace() {
    try (SdkTracerProvider tracing = EndedSpans.tracing(new EndedSpans())) {
      Promwire app = Apps.integrationHandlers(o -> o.jvmMetrics(false));
      InventoryService_Metrics inventory = app.decorator(InventoryService_Metrics.class);
      Span span = tracing.get("test").spanBuilder("reserve").startSpan();
      try (Scope ignored = span.makeCurrent()) {
        inventory.reserve(1);
      } finally {
        span.end();
      }

      String scrape = app.metricsText(); // the Prometheus text format has no exemplars...
      assertThat(scrape).doesNotContain("trace_id");
      String traceId = span.getSpanContext().getTraceId();
      assertThat(OpenMetrics.of(app.registry()))
          .anyMatch(line -> line.startsWith("inventory_reservation_seconds_bucket{")
              && line.contains("trace_id=\"" + traceId + "\""));
    }
  }

  @Test
  void turnedOffNoMetricCarriesExemplars() {
    try (TracedJettyApp app =
        new TracedJettyApp(Apps.integrationHandlers(o -> o.jvmMetrics(false).exemplars(false)))) {
      assertThat(app.send("GET", "/api/products/8", TRACE)).isEqualTo(404);

      assertThat(app.scrapeOpenMetrics()).doesNotContain(" # {");
    }
  }
}
