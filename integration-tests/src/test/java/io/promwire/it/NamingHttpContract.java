package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.DefaultNaming;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * The default HTTP metrics under each {@link DefaultNaming}: the exact series a scrape shows after
 * the same four requests (a success, a 404 the handler answered, a handler that threw, a path no
 * route matches). Each subclass runs them on one server.
 */
abstract class NamingHttpContract {

  /** Serves the wired app on the server under test. */
  abstract RunningApp serve(Promwire wired);

  private RunningApp serveWith(DefaultNaming naming) {
    return serve(
        PromwireBootstrap.builder()
            .inventoryService(new InventoryService(10))
            .registry(new PrometheusRegistry())
            .options(PromwireOptions.builder().jvmMetrics(false).naming(naming).build())
            .build());
  }

  private static void sendTheFourRequests(RunningApp app) {
    assertThat(app.get("/greet/ada").statusCode()).isEqualTo(200);
    assertThat(app.get("/api/products/8").statusCode()).isEqualTo(404);
    HttpRequest failing =
        HttpRequest.newBuilder(app.uri("/api/import?fail=true"))
            .POST(HttpRequest.BodyPublishers.ofString("x"))
            .build();
    assertThat(RunningApp.send(failing).statusCode()).isEqualTo(500);
    assertThat(app.send("PUT", "/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void openTelemetryNamingHasTheSemanticConventionsHistogramOnly() {
    try (RunningApp app = serveWith(DefaultNaming.OPENTELEMETRY)) {
      sendTheFourRequests(app);

      assertThat(app.series("http_server_request_duration_seconds_count"))
          .containsExactly(
              "http_server_request_duration_seconds_count{error_type=\"\",http_request_method=\"GET\",http_response_status_code=\"200\",http_route=\"/greet/{name}\"} 1",
              "http_server_request_duration_seconds_count{error_type=\"\",http_request_method=\"GET\",http_response_status_code=\"404\",http_route=\"/api/products/{id}\"} 1",
              "http_server_request_duration_seconds_count{error_type=\"\",http_request_method=\"PUT\",http_response_status_code=\"404\",http_route=\"\"} 1",
              "http_server_request_duration_seconds_count{error_type=\"java.lang.IllegalStateException\",http_request_method=\"POST\",http_response_status_code=\"500\",http_route=\"/api/import\"} 1");
      assertThat(app.scrape())
          .contains("# TYPE http_server_request_duration_seconds histogram\n");
      // The semantic conventions' advised boundaries for http.server.request.duration.
      assertThat(app.series("http_server_request_duration_seconds_bucket{error_type=\"\",http_request_method=\"GET\",http_response_status_code=\"200\""))
          .extracting(line -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1"))
          .containsExactlyInAnyOrder(
              "0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75", "1.0",
              "2.5", "5.0", "7.5", "10.0", "+Inf");
      assertThat(app.series("http_request")).isEmpty();
    }
  }

  @Test
  void micrometerNamingHasSpringBootsTimerOnly() {
    try (RunningApp app = serveWith(DefaultNaming.MICROMETER)) {
      sendTheFourRequests(app);

      assertThat(app.series("http_server_requests_seconds_count"))
          .containsExactly(
              "http_server_requests_seconds_count{error=\"HttpStatusException\",exception=\"HttpStatusException\",method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"/api/products/{id}\"} 1",
              "http_server_requests_seconds_count{error=\"IllegalStateException\",exception=\"IllegalStateException\",method=\"POST\",outcome=\"SERVER_ERROR\",status=\"500\",uri=\"/api/import\"} 1",
              "http_server_requests_seconds_count{error=\"none\",exception=\"none\",method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/greet/{name}\"} 1",
              "http_server_requests_seconds_count{error=\"none\",exception=\"none\",method=\"PUT\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"NOT_FOUND\"} 1");
      assertThat(app.scrape()).contains("# TYPE http_server_requests_seconds histogram\n");
      assertThat(app.series("http_request")).isEmpty();
    }
  }

  @Test
  void flaskNamingIsThePrefixFlask() {
    try (RunningApp app = serveWith(DefaultNaming.FLASK)) {
      sendTheFourRequests(app);

      assertThat(app.series("flask_http_request_total"))
          .containsExactly(
              "flask_http_request_total{method=\"GET\",status=\"200\"} 1.0",
              "flask_http_request_total{method=\"GET\",status=\"404\"} 1.0",
              "flask_http_request_total{method=\"POST\",status=\"500\"} 1.0",
              "flask_http_request_total{method=\"PUT\",status=\"404\"} 1.0");
      assertThat(app.series("flask_http_request_exceptions_total"))
          .containsExactly("flask_http_request_exceptions_total{method=\"POST\",status=\"500\"} 1.0");
      assertThat(app.series("flask_http_request_duration_seconds_count")).hasSize(4);
      assertThat(app.series("flask_exporter_info")).hasSize(1);
      assertThat(app.series("http_")).isEmpty();
    }
  }
}
