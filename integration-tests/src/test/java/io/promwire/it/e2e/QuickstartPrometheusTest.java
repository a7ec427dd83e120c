package io.promwire.it.e2e;

import static io.promwire.it.e2e.PrometheusServer.label;
import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.PromwireOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the quickstart app scraped every second by a real Prometheus that also loads
 * {@code docs/prometheus/promwire-rules.yml}; then what an operator would ask, asked in PromQL
 * through Prometheus's HTTP API, and every query of {@code docs/grafana/promwire-dashboard.json}.
 */
@ExtendWith(RequiresPrometheus.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickstartPrometheusTest {
  private static final String JOB = "quickstart";

  /**
   * One kind of request: the path asked, the status expected, how many the first instance gets
   * (the second gets twice as many), and the {@code path} label its default metrics carry, or
   * null for a {@code @DoNotTrack} route.
   */
  private record Kind(String path, int status, int times, String template) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("/", 200, 4, "/"),
          new Kind("/long-running", 200, 2, "/long-running"),
          new Kind("/fail", 500, 3, "/fail"),
          new Kind("/no-such-page", 404, 2, PromwireOptions.UNMATCHED_PATH),
          new Kind("/status/201", 201, 2, null),
          new Kind("/status/503", 503, 1, null),
          new Kind("/items/book", 200, 2, null));

  private ServedApp first;
  private ServedApp second;
  private PrometheusServer prometheus;

  @BeforeAll
  void runTrafficUnderPrometheus(@TempDir Path directory) throws Exception {
    first = serveQuickstart();
    second = serveQuickstart();
    prometheus =
        PrometheusServer.start(
            directory, JOB, List.of(first.target(), second.target()),
            List.of(Docs.file("prometheus/promwire-rules.yml")));
    // A counter that Prometheus first sees at its final value has no increase to rate over. So
    // each kind is sent once, scraped, and then the rest: every series grows within a scrape.
    sendToBoth(kind -> 1);
    prometheus.awaitScrapesAfter(JOB, 2, System.currentTimeMillis());
    sendToBoth(kind -> kind.times() - 1);
    // The apps record a request before they answer it, so once the last answer is in, a scrape
    // that starts later holds the final state.
    prometheus.awaitScrapesAfter(JOB, 2, System.currentTimeMillis());
  }

  @AfterAll
  void stop() {
    if (prometheus != null) {
      prometheus.close();
    }
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  /** One instance of the app under test: the quickstart on promwire's embedded server. */
  ServedApp serveQuickstart() {
    return ServedApp.serve(Apps.quickstart(Duration.ofMillis(200), PromwireOptions.defaults()));
  }

  /** Sends {@code count} requests of each kind to the first instance, twice that to the second. */
  private void sendToBoth(ToIntFunction<Kind> count) {
    for (Kind kind : KINDS) {
      List<CompletableFuture<Integer>> answers =
          Stream.concat(
                  Stream.generate(() -> first).limit(count.applyAsInt(kind)),
                  Stream.generate(() -> second).limit(2L * count.applyAsInt(kind)))
              .map(app -> CompletableFuture.supplyAsync(() -> app.get(kind.path())))
              .toList();
      for (CompletableFuture<Integer> answer : answers) {
        assertThat(answer.join()).as(kind.path()).isEqualTo(kind.status());
      }
    }
  }

  /** The {@code by} label and value of each sample of {@code promql}, as Prometheus wrote them. */
  private Map<String, String> byLabel(String promql, String by) {
    Map<String, String> values = new TreeMap<>();
    for (Map<String, Object> sample : prometheus.query(promql)) {
      String previous = values.put(label(sample, by), PrometheusServer.value(sample));
      assertThat(previous).as("a second sample with %s=%s", by, label(sample, by)).isNull();
    }
    return values;
  }

  @Test
  void requestTotalsPerStatusSummedAcrossInstancesAreWhatWasSent() {
    // Tracked routes only: 200 = ("/" 4 + "/long-running" 2) x 3, 404 = 2 x 3, 500 = 3 x 3.
    assertThat(byLabel("sum by (status) (http_request_total{job=\"quickstart\"})", "status"))
        .isEqualTo(Map.of("200", "18", "404", "6", "500", "9"));
  }

  @Test
  void aDoNotTrackRouteCountsEveryStatusItAnsweredInItsOwnMetric() {
    assertThat(byLabel("sum by (status) (requests_by_status_count)", "status"))
        .isEqualTo(Map.of("201", "6", "503", "3"));
    assertThat(byLabel("sum by (item_type) (invocation_by_type_total)", "item_type"))
        .isEqualTo(Map.of("book", "6"));
  }

  @Test
  void p99LatencyIsFiniteForEveryTrackedRoute() {
    Map<String, String> p99 =
        byLabel(
            "histogram_quantile(0.99, sum by (le, path)"
                + " (rate(http_request_duration_seconds_bucket[1m])))",
            "path");

    assertThat(p99.keySet())
        .containsExactlyInAnyOrderElementsOf(
            KINDS.stream().map(Kind::template).filter(t -> t != null).distinct().toList());
    assertThat(p99.values())
        .allSatisfy(seconds -> assertThat(Double.parseDouble(seconds)).isFinite().isPositive());
  }

  @Test
  void exceptionsCounterCountsTheThrowingRequests() {
    List<Map<String, Object>> exceptions = prometheus.query("sum(http_request_exceptions_total)");

    assertThat(exceptions).singleElement().extracting(PrometheusServer::value).isEqualTo("9");
  }

  @Test
  void inProgressGaugeIsBackToZeroOnBothInstances() {
    assertThat(byLabel("in_progress{job=\"quickstart\"}", "instance"))
        .isEqualTo(Map.of(first.target(), "0", second.target(), "0"));
    assertThat(prometheus.query("sum(in_progress)"))
        .singleElement().extracting(PrometheusServer::value).isEqualTo("0");
  }

  @Test
  void bothTargetsAreUp() {
    assertThat(byLabel("up{job=\"quickstart\"}", "instance"))
        .isEqualTo(Map.of(first.target(), "1", second.target(), "1"));
  }

  @Test
  void theRulesLoadAndEvaluateWithoutErrors() {
    List<Map<String, Object>> rules =
        Await.until(
            "every rule evaluated once",
            Duration.ofSeconds(10),
            () -> prometheus.ruleGroups().stream()
                .flatMap(group -> MiniJson.<List<Map<String, Object>>>at(group, "rules").stream())
                .toList(),
            all -> !all.isEmpty()
                && all.stream().noneMatch(rule -> "unknown".equals(rule.get("health"))));

    assertThat(rules)
        .allSatisfy(rule -> assertThat(rule.get("health")).as(rule.get("name") + ": "
            + rule.get("lastError")).isEqualTo("ok"));
    // Rules run on their own clock: the first evaluation to see two samples of a counter may
    // still be to come.
    assertThat(
            Await.until(
                "job:http_request:rate5m recorded",
                Duration.ofSeconds(10),
                () -> byLabel("job:http_request:rate5m", "job"),
                recorded -> !recorded.isEmpty()))
        .containsOnlyKeys(JOB);
  }

  @TestFactory
  Stream<DynamicTest> everyDashboardQueryReturnsData() throws Exception {
    return Dashboard.load().queries().stream()
        .flatMap(query -> Stream.of(JOB, ".*").map(job -> {
          String expr = Dashboard.substitute(query.expr(), job);
          return DynamicTest.dynamicTest(query.panel() + " (job=~" + job + "): " + expr, () -> {
            assertThat(expr).doesNotContain("$");
            assertThat(prometheus.query(expr)).as(expr).isNotEmpty();
          });
        }));
  }

  @Test
  void theDashboardsJobVariableListsTheJob() throws Exception {
    String match = Dashboard.load().jobVariableMatch();

    assertThat(prometheus.labelValues("job", match)).containsExactly(JOB);
  }
}
