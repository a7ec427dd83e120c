package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.quickstart.ItemRoutes;
import io.promwire.example.quickstart.PromwireBootstrap;
import io.promwire.runtime.Promwire;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quickstart app, served for real and scraped over HTTP: what every server must show the same,
 * down to each default-metric series. Each subclass runs it on one server.
 */
abstract class QuickstartHttpContract {
  private RunningApp app;

  /** Serves the wired app on the server under test. */
  abstract RunningApp serve(Promwire wired);

  /** The quickstart, wired; its long-running request takes half a second. */
  Promwire wire() {
    return PromwireBootstrap.builder()
        .itemRoutes(new ItemRoutes(Duration.ofMillis(500)))
        .registry(new PrometheusRegistry())
        .build();
  }

  /**
   * The {@code Allow} header of a 405 on a path only {@code GET} serves: the server's own answer,
   * not a metric, so each server has its wording.
   */
  String allowOfAGetRoute() {
    return "GET, HEAD";
  }

  @BeforeEach
  void start() {
    app = serve(wire());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void everyRequestIsCountedByMethodAndStatus() {
    assertThat(app.get("/").body()).isEqualTo("Hello World!");
    app.get("/");
    assertThat(app.get("/fail").statusCode()).isEqualTo(500);
    assertThat(app.get("/nowhere").statusCode()).isEqualTo(404);
    assertThat(app.send("POST", "/").statusCode()).isEqualTo(405);

    assertThat(app.series("http_request_total"))
        .containsExactly(
            "http_request_total{method=\"GET\",status=\"200\"} 2.0",
            "http_request_total{method=\"GET\",status=\"404\"} 1.0",
            "http_request_total{method=\"GET\",status=\"500\"} 1.0",
            "http_request_total{method=\"POST\",status=\"405\"} 1.0");
    assertThat(app.series("http_request_duration_seconds_count"))
        .containsExactly(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/\",status=\"200\"} 2",
            "http_request_duration_seconds_count{method=\"GET\",path=\"/fail\",status=\"500\"} 1",
            "http_request_duration_seconds_count{method=\"GET\",path=\"<unmatched>\",status=\"404\"} 1",
            "http_request_duration_seconds_count{method=\"POST\",path=\"/\",status=\"405\"} 1");
  }

  @Test
  void aFailingHandlerIsA500ThatRevealsNothingAndIsCountedAsAnException() {
    HttpResponse<String> failed = app.get("/fail");

    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(failed.body()).isEqualTo("Internal Server Error");
    assertThat(app.series("http_request_exceptions_total"))
        .containsExactly("http_request_exceptions_total{method=\"GET\",status=\"500\"} 1.0");
  }

  @Test
  void wrongMethodGets405WithAllowAndUnknownPathGets404() {
    HttpResponse<String> wrongMethod = app.send("DELETE", "/items/a");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue(allowOfAGetRoute());
    assertThat(app.get("/items").statusCode()).isEqualTo(404);
  }

  @Test
  void headIsAnsweredByGetRoutesWithoutABody() {
    HttpResponse<String> head = app.send("HEAD", "/");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue("Hello World!".length());
    assertThat(app.series("http_request_total"))
        .containsExactly("http_request_total{method=\"HEAD\",status=\"200\"} 1.0");
  }

  @Test
  void doNotTrackRoutesKeepTheirOwnMetricsOnly() {
    app.get("/skip");
    app.get("/items/book");
    app.get("/items/book");
    app.get("/items/pen");

    assertThat(app.series("invocation_by_type_total"))
        .containsExactly(
            "invocation_by_type_total{item_type=\"book\"} 2.0",
            "invocation_by_type_total{item_type=\"pen\"} 1.0");
    assertThat(app.series("http_request_duration_seconds_count")).isEmpty();
    assertThat(app.series("http_request_total")).isEmpty();
  }

  @Test
  void statusAndPathLabelsComeFromTheResponseAndTheTemplate() {
    assertThat(app.get("/status/201").statusCode()).isEqualTo(201);
    assertThat(app.get("/status/503").body()).isEqualTo("Status: 503");
    assertThat(app.get("/status/503").statusCode()).isEqualTo(503);
    HttpResponse<String> invalid = app.get("/status/abc");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).isEqualTo("Invalid path parameter 'status': expected an integer");

    assertThat(app.series("requests_by_status_count"))
        .containsExactly(
            "requests_by_status_count{status=\"201\"} 1",
            "requests_by_status_count{status=\"400\"} 1",
            "requests_by_status_count{status=\"503\"} 2");
    assertThat(app.series("requests_by_status_and_path_count"))
        .containsExactly(
            "requests_by_status_and_path_count{path=\"/status/{status}\",status=\"201\"} 1",
            "requests_by_status_and_path_count{path=\"/status/{status}\",status=\"400\"} 1",
            "requests_by_status_and_path_count{path=\"/status/{status}\",status=\"503\"} 2");
  }

  @Test
  void inProgressGaugeRisesDuringTheCallAndIsBackToZeroAfter() throws Exception {
    assertThat(app.series("in_progress")).containsExactly("in_progress 0.0");

    CompletableFuture<HttpResponse<String>> running =
        CompletableFuture.supplyAsync(() -> app.get("/long-running"));
    app.awaitSeries("in_progress", "in_progress 1.0");

    assertThat(running.get().body()).isEqualTo("Done!");
    assertThat(app.series("in_progress")).containsExactly("in_progress 0.0");
  }

  @Test
  void infoMetricsCarryTheAppAndLibraryVersions() {
    assertThat(app.series("app_info")).containsExactly("app_info{version=\"1.0.3\"} 1");
    assertThat(app.series("exporter_info"))
        .containsExactly("exporter_info{version=\"" + Promwire.version() + "\"} 1");
    assertThat(Promwire.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void jvmMetricsAreThereByDefault() {
    assertThat(app.scrape()).contains("jvm_memory_used_bytes{area=\"heap\"}");
  }

  @Test
  void openMetricsIsServedWhenAskedFor() {
    app.get("/");
    HttpResponse<String> scrape =
        app.get("/metrics", "Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8");

    assertThat(scrape.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/openmetrics-text"));
    assertThat(scrape.body())
        .contains("http_request_total{method=\"GET\",status=\"200\"} 1.0")
        .endsWith("# EOF\n");
  }

  @Test
  void nameFilterLimitsTheScrapeToTheNamedMetrics() {
    app.get("/");
    String body = app.get("/metrics?name[]=http_request_total").body();

    assertThat(body).contains("http_request_total{method=\"GET\",status=\"200\"} 1.0");
    assertThat(body).doesNotContain("http_request_duration_seconds", "app_info", "jvm_");
  }

  @Test
  void theMetricsEndpointIsNotMeasured() {
    app.scrape();
    app.scrape();
    assertThat(app.series("http_request_total")).isEmpty();
  }
}
