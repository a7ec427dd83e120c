package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.promwire.example.quickstart.ItemRoutes;
import io.promwire.runtime.GroupBy;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hostile traffic: every request carries values never seen before in its path parameters, query
 * string, headers or 404 URL, and every metric has a label taken from it (the raw-path grouping
 * and a computed default label reach the default metrics too). The series stay within each
 * metric's limit, and the heap stops growing once the limits are reached.
 */
class CardinalityTest {
  private static final int REQUESTS = 200_000;
  private static final int LIMIT = PromwireOptions.DEFAULT_SERIES_LIMIT;
  /**
   * Room for the series of overflowed values: one per combination of the labels bounded by code
   * (method, status, route template) that overflowed, a handful per metric.
   */
  private static final int OVERFLOW_SERIES = 20;

  /**
   * Every kind of label taken from the request, on the default metrics too: the raw-path grouping
   * and a default label computed from the {@code X-Tenant} header.
   */
  static Promwire hostileTarget(PromwireOptions.Builder options) {
    return Promwire.builder()
        .module(new PromwireBootstrap())
        .module(new io.promwire.example.quickstart.PromwireBootstrap())
        .handler(ItemRoutes.class, new ItemRoutes(Duration.ZERO))
        .handler(InventoryService.class, new InventoryService(1))
        .registry(new PrometheusRegistry())
        .options(
            options
                .jvmMetrics(false)
                .groupBy(GroupBy.rawPath())
                .defaultLabel("origin", r -> r == null ? null : r.header("X-Tenant"))
                .build())
        .build();
  }

  @Test
  void twoHundredThousandHostileRequestsStayWithinTheLimitsAndABoundedHeap() {
    Promwire app = hostileTarget(PromwireOptions.builder());
    HostileValues hostile = new HostileValues(42);
    int tracked = 0;

    // The first tenth fills every metric to its limit; from then on nothing more may be kept.
    for (int n = 0; n < REQUESTS / 10; n++) {
      tracked += dispatch(app, hostile.request(n));
    }
    long filled = usedHeapAfterGc();
    for (int n = REQUESTS / 10; n < REQUESTS; n++) {
      tracked += dispatch(app, hostile.request(n));
    }
    long after = usedHeapAfterGc();

    // 180,000 requests of new values once every metric is full. Without the limits each adds a
    // series to seven metrics (about 270 MB more heap); with them only a handful of overflow
    // series may appear (a few KB). 24 MB is room for what full GCs do not
    // settle exactly (thread-local buffers, JIT and class metadata), never for series.
    assertThat(after - filled).as("heap growth in bytes").isLessThan(24L * 1024 * 1024);

    MetricSnapshots snapshots = app.registry().scrape();
    for (MetricSnapshot metric : snapshots) {
      String name = metric.getMetadata().getPrometheusName();
      assertThat(metric.getDataPoints().size()).as(name).isLessThanOrEqualTo(LIMIT + OVERFLOW_SERIES);
    }
    // Every metric the traffic reached did hit its limit: it was hostile enough to prove something.
    assertThat(overflowed(snapshots))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds",
            "http_request_total",
            "greetings",
            "invocation_by_type",
            "catalog_uuid_lookups",
            "hazard_labels");
    assertThat(pathsOf404s(snapshots)).containsExactly(PromwireOptions.UNMATCHED_PATH);
    // Overflow loses label values, never observations.
    assertThat(total(snapshots, "http_request")).isEqualTo(tracked);
  }

  @Test
  void hostileRequestsOverHttpStayWithinTheLimitAndEveryScrapeParses() throws Exception {
    int limit = 200;
    RunningApp app = JdkServerApp.serve(hostileTarget(PromwireOptions.builder().seriesLimit(limit)));
    ExecutorService clients = Executors.newFixedThreadPool(8);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try {
      List<Callable<Void>> senders = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        HostileValues hostile = new HostileValues(c);
        senders.add(
            () -> {
              for (int n = 0; n < 500; n++) {
                HostileValues.Request sent = hostile.request(n);
                HttpRequest.Builder request =
                    HttpRequest.newBuilder(app.uri(sent.target()))
                        .method(sent.method(), HttpRequest.BodyPublishers.noBody());
                request.headers(sent.headers().toArray(new String[0]));
                int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
                assertThat(status).isIn(200, 404, 405);
              }
              return null;
            });
      }
      for (Future<Void> sender : clients.invokeAll(senders)) {
        sender.get();
      }

      TextFormat.Exposition exposition = TextFormat.parse(app.scrape());
      for (String family : exposition.types().keySet()) {
        String sampleName =
            exposition.types().get(family).equals("histogram") ? family + "_count" : family;
        assertThat(exposition.named(sampleName)).as(family).hasSizeLessThanOrEqualTo(limit + OVERFLOW_SERIES);
      }
      assertThat(exposition.named("promwire_label_overflow_total"))
          .containsKey("promwire_label_overflow_total{metric=\"greetings\"}")
          .allSatisfy((series, overflowed) -> assertThat(overflowed).as(series).isNotNegative());
      assertThat(exposition.samples().get("promwire_label_overflow_total{metric=\"greetings\"}"))
          .isPositive();
      assertThat(app.get("/greet/ada").statusCode()).isEqualTo(200);
    } finally {
      clients.shutdownNow();
      app.close();
    }
  }

  /** Dispatches without a server; 1 when the default metrics record the request. */
  private static int dispatch(Promwire app, HostileValues.Request sent) {
    Headers headers = new Headers();
    for (int i = 0; i < sent.headers().size(); i += 2) {
      headers.add(sent.headers().get(i), sent.headers().get(i + 1));
    }
    app.dispatch(
        Request.fromRawPath(sent.method(), sent.rawPath(), sent.rawQuery(), headers, new byte[0]));
    return sent.tracked() ? 1 : 0;
  }

  /** The metrics, as declared, whose series limit turned values into the overflow value. */
  private static Set<String> overflowed(MetricSnapshots snapshots) {
    return counter(snapshots, "promwire_label_overflow").getDataPoints().stream()
        .filter(point -> point.getValue() > 0)
        .map(point -> point.getLabels().get("metric"))
        .collect(Collectors.toSet());
  }

  private static Set<String> pathsOf404s(MetricSnapshots snapshots) {
    return snapshots.stream()
        .filter(metric -> metric.getMetadata().getName().equals("http_request_duration_seconds"))
        .flatMap(metric -> ((HistogramSnapshot) metric).getDataPoints().stream())
        .filter(point -> point.getLabels().get("status").equals("404"))
        .map(point -> point.getLabels().get("path"))
        .collect(Collectors.toSet());
  }

  private static long total(MetricSnapshots snapshots, String counterName) {
    return (long)
        counter(snapshots, counterName).getDataPoints().stream()
            .mapToDouble(CounterSnapshot.CounterDataPointSnapshot::getValue)
            .sum();
  }

  private static CounterSnapshot counter(MetricSnapshots snapshots, String name) {
    return (CounterSnapshot)
        snapshots.stream()
            .filter(metric -> metric.getMetadata().getName().equals(name))
            .findFirst()
            .orElseThrow();
  }

  /** Bytes of heap in use once the garbage is collected, as low as a few full GCs get it. */
  static long usedHeapAfterGc() {
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      lowest = Math.min(lowest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return lowest;
  }
}
