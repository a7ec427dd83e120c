package io.promwire.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app exposing native histograms, scraped by a Prometheus with the native-histograms feature
 * on: that Prometheus asks for the protobuf format, the only one of its formats that carries
 * native histograms, and stores the request duration as one.
 */
@ExtendWith(RequiresPrometheus.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NativeHistogramPrometheusTest {
  private static final String JOB = "native";
  private static final int REQUESTS = 5;

  @TempDir static Path directory;
  private static ServedApp app;
  private static PrometheusServer prometheus;

  @BeforeAll
  static void scrapeANativeHistogram() throws Exception {
    app = ServedApp.serve(Apps.quickstartWithNativeHistograms());
    prometheus =
        PrometheusServer.start(
            directory, JOB, List.of(app.target()), List.of(), "native-histograms");
    for (int i = 0; i < REQUESTS; i++) {
      assertThat(app.get("/")).isEqualTo(200);
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

  @Test
  void theRequestDurationIsStoredAsANativeHistogram() {
    // On a loaded machine the scrape's samples can become queryable a moment after its up sample.
    List<Map<String, Object>> samples =
        Await.until(
            "the native histogram of /",
            Duration.ofSeconds(20),
            () -> prometheus.query("http_request_duration_seconds{job=\"native\",path=\"/\"}"),
            found -> !found.isEmpty());

    // A float sample has "value": [time, "1"]; a native histogram has "histogram": [time,
    // {"count", "sum", "buckets"}] instead, its buckets the sparse ones the app chose.
    assertThat(samples).singleElement().satisfies(sample -> {
      assertThat(sample).containsKey("histogram").doesNotContainKey("value");
      Object histogram = MiniJson.<List<Object>>at(sample, "histogram").get(1);
      assertThat(MiniJson.<String>at(histogram, "count")).isEqualTo(Integer.toString(REQUESTS));
      assertThat(MiniJson.<List<Object>>at(histogram, "buckets")).isNotEmpty();
    });
  }

  @Test
  void histogramFunctionsCountTheRequests() {
    assertThat(prometheus.query("histogram_count(http_request_duration_seconds{path=\"/\"})"))
        .singleElement()
        .extracting(PrometheusServer::value)
        .isEqualTo(Integer.toString(REQUESTS));
    assertThat(prometheus.query("histogram_sum(http_request_duration_seconds{path=\"/\"})"))
        .singleElement()
        .extracting(sample -> Double.parseDouble(PrometheusServer.value(sample)))
        .satisfies(seconds -> assertThat(seconds).isPositive());
  }
}
