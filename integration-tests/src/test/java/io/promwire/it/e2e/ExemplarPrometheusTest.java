package io.promwire.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app whose requests OpenTelemetry's SDK traces, scraped by a Prometheus with exemplar storage
 * on: Prometheus asks for OpenMetrics, stores the exemplars promwire's metrics carry, and {@code
 * /api/v1/query_exemplars} gives back the trace ids of the requests that were sent.
 */
@ExtendWith(RequiresPrometheus.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ExemplarPrometheusTest {
  private static final String JOB = "traced";
  private static final int REQUESTS = 5;

  @TempDir static Path directory;
  private static TracedJettyApp app;
  private static PrometheusServer prometheus;
  private static final List<String> sentTraces = new ArrayList<>();

  @BeforeAll
  static void sendTracedRequests() throws Exception {
    app = new TracedJettyApp(Apps.integrationHandlers(options -> options.jvmMetrics(false)));
    prometheus =
        PrometheusServer.start(
            directory, JOB, List.of(app.target()), List.of(), "exemplar-storage");
    for (int i = 0; i < REQUESTS; i++) {
      String traceId = String.format("%032x", 0x5eed0000L + i);
      sentTraces.add(traceId);
      assertThat(app.send("GET", "/api/products/" + i, traceId)).isEqualTo(404);
    }
    prometheus.awaitScrapesAfter(JOB, 1, System.currentTimeMillis());
  }

  @AfterAll
  static void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
    if (app != null) {
      app.close();
    }
  }

  /** The trace ids of the exemplars Prometheus stored for the selected series. */
  private static Set<String> storedTraceIds(String promql) {
    Set<String> traceIds = new TreeSet<>();
    for (Map<String, Object> series :
        Await.until(
            "exemplars of " + promql,
            Duration.ofSeconds(20),
            () -> prometheus.exemplars(promql),
            result -> !result.isEmpty())) {
      for (Object exemplar : MiniJson.<List<Object>>at(series, "exemplars")) {
        traceIds.add(MiniJson.at(exemplar, "labels", "trace_id"));
      }
    }
    return traceIds;
  }

  @Test
  void theDurationHistogramsExemplarsAreTheSentTraces() {
    Set<String> stored =
        storedTraceIds(
            "http_request_duration_seconds_bucket{job=\"" + JOB + "\",path=\"/api/products/{id}\"}");

    // The first request of a series always leaves its exemplar; later ones are rate-limited.
    assertThat(stored).contains(sentTraces.get(0));
    assertThat(sentTraces).containsAll(stored);
  }

  @Test
  void theDashboardsLatencyPanelShowsTheSentTracesAsExemplars() throws Exception {
    List<Dashboard.Query> withExemplars =
        Dashboard.load().queries().stream().filter(Dashboard.Query::exemplar).toList();

    assertThat(withExemplars).extracting(Dashboard.Query::panel)
        .containsExactly("Latency percentiles by path");
    for (Dashboard.Query query : withExemplars) {
      // Grafana sends the panel's expression to query_exemplars, as here.
      Set<String> stored = storedTraceIds(Dashboard.substitute(query.expr(), JOB));
      assertThat(stored).as(query.expr()).contains(sentTraces.get(0));
      assertThat(sentTraces).containsAll(stored);
    }
  }

  @Test
  void theRequestCountersExemplarIsASentTrace() {
    Set<String> stored =
        storedTraceIds("http_request_total{job=\"" + JOB + "\",method=\"GET\",status=\"404\"}");

    assertThat(stored).contains(sentTraces.get(0));
    assertThat(sentTraces).containsAll(stored);
  }

  @Test
  void aRoutesOwnCountersExemplarIsASentTrace() {
    Set<String> stored = storedTraceIds("catalog_lookups_total{job=\"" + JOB + "\"}");

    assertThat(stored).contains(sentTraces.get(0));
    assertThat(sentTraces).containsAll(stored);
  }
}
