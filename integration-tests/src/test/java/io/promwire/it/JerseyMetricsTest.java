package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.jaxrs.PromwireBootstrap;
import io.promwire.runtime.MetricsAuth;
import io.promwire.runtime.PromwireOptions;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * What only Jakarta REST resources have, on Jersey: labels from query parameters, headers and
 * regular-expression templates, statuses of exceptions the container maps, and the metrics
 * endpoint's options.
 */
class JerseyMetricsTest {
  private static JerseyApp serve(PromwireOptions options) {
    return JerseyApp.serve(
        PromwireBootstrap.builder().registry(new PrometheusRegistry()).options(options).build());
  }

  @Test
  void queryParameterHeaderAndMethodLabels() {
    try (JerseyApp app = serve(PromwireOptions.defaults())) {
      assertThat(app.get("/search?kind=book", "X-Tenant", "acme").body()).isEqualTo("searched book");
      app.get("/search?kind=book", "X-Tenant", "acme");
      app.get("/search");

      assertThat(app.series("searches_total"))
          .containsExactly(
              "searches_total{kind=\"\",method=\"GET\",tenant=\"\"} 1.0",
              "searches_total{kind=\"book\",method=\"GET\",tenant=\"acme\"} 2.0");
      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{method=\"GET\",path=\"/search\",status=\"200\"} 3");
    }
  }

  @Test
  void aTemplateVariableWithARegularExpressionIsLabelledByItsName() {
    try (JerseyApp app = serve(PromwireOptions.defaults())) {
      assertThat(app.get("/search/42").body()).isEqualTo("result 42");
      assertThat(app.get("/search/0").statusCode()).isEqualTo(404);
      assertThat(app.get("/search/abc").statusCode()).isEqualTo(404);

      assertThat(app.series("search_result_seconds_count"))
          .containsExactly(
              "search_result_seconds_count{id=\"0\",status=\"404\"} 1",
              "search_result_seconds_count{id=\"42\",status=\"200\"} 1");
      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{method=\"GET\",path=\"/search/{id}\",status=\"200\"} 1",
              "http_request_duration_seconds_count{method=\"GET\",path=\"/search/{id}\",status=\"404\"} 1",
              "http_request_duration_seconds_count{method=\"GET\",path=\"<unmatched>\",status=\"404\"} 1");
      assertThat(app.series("http_request_exceptions_total")).isEmpty();
    }
  }

  @Test
  void aSubResourceMethodIsLabelledWithTheLocatorsAndItsOwnTemplateJoined() {
    try (JerseyApp app = serve(PromwireOptions.defaults())) {
      assertThat(app.get("/search/7/notes").body()).isEqualTo("notes of 7");
      app.get("/search/8/notes");

      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{method=\"GET\",path=\"/search/{id}/notes\",status=\"200\"} 2");
    }
  }

  @Test
  void theMetricsEndpointMovesWithTheOptionsAndIsNotMeasured() {
    try (JerseyApp app =
        serve(PromwireOptions.builder().metricsPath("/internal/metrics").build())) {
      assertThat(app.get("/metrics").statusCode()).isEqualTo(404);
      HttpResponse<String> scrape = app.get("/internal/metrics");

      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.body())
          .contains(
              "http_request_duration_seconds_count{method=\"GET\",path=\"<unmatched>\",status=\"404\"} 1");
    }
  }

  @Test
  void noMetricsEndpointWhenThePathIsNull() {
    try (JerseyApp app = serve(PromwireOptions.builder().metricsPath(null).build())) {
      assertThat(app.get("/metrics").statusCode()).isEqualTo(404);
      assertThat(app.app.metricsText())
          .contains("http_request_total{method=\"GET\",status=\"404\"} 1.0");
    }
  }

  @Test
  void theMetricsEndpointAsksForCredentials() {
    try (JerseyApp app =
        serve(PromwireOptions.builder().metricsAuth(MetricsAuth.basic("prom", "s3cret")).build())) {
      HttpResponse<String> refused = app.get("/metrics");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValue("Basic realm=\"metrics\", charset=\"UTF-8\"");

      String credentials =
          Base64.getEncoder().encodeToString("prom:s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      HttpResponse<String> allowed = app.get("/metrics", "Authorization", "Basic " + credentials);
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.body()).contains("exporter_info");
    }
  }
}
