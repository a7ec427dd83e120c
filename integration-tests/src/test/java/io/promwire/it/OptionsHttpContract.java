package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.GroupBy;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.MetricsAuth;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Response;
import io.promwire.runtime.jdk.PromwireServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The integration handlers served with non-default options: each test starts its own app and
 * checks one option through real HTTP calls and scrapes. Each subclass runs them on one server.
 */
abstract class OptionsHttpContract {

  /** Serves the wired app on the server under test. */
  abstract RunningApp serve(Promwire wired);

  private RunningApp serveWith(UnaryOperator<PromwireOptions.Builder> options) {
    return serve(IntegrationHandlers.wire(options));
  }

  @Test
  void flaskPrefixReproducesTheSeedsNames() {
    try (RunningApp app = serveWith(o -> o.prefix("flask"))) {
      app.get("/greet/ada");
      app.send("PUT", "/api/products/1/nope");

      assertThat(app.series("flask_http_request_total"))
          .containsExactly(
              "flask_http_request_total{method=\"GET\",status=\"200\"} 1.0",
              "flask_http_request_total{method=\"PUT\",status=\"404\"} 1.0");
      assertThat(app.series("flask_http_request_duration_seconds_count"))
          .containsExactly(
              "flask_http_request_duration_seconds_count{method=\"GET\",path=\"/greet/{name}\",status=\"200\"} 1",
              "flask_http_request_duration_seconds_count{method=\"PUT\",path=\"<unmatched>\",status=\"404\"} 1");
      assertThat(app.series("flask_exporter_info")).hasSize(1);
      assertThat(app.series("http_request")).isEmpty();
    }
  }

  @Test
  void statusesFromEveryKindOfReturnAndBinding() {
    try (RunningApp app = serveWith(o -> o)) {
      HttpRequest put =
          HttpRequest.newBuilder(app.uri("/api/products/7"))
              .PUT(HttpRequest.BodyPublishers.ofString("hammer"))
              .build();
      assertThat(RunningApp.send(put).statusCode()).isEqualTo(201);
      assertThat(app.get("/api/products/7").body()).isEqualTo("hammer");
      assertThat(app.get("/api/products/8").statusCode()).isEqualTo(404);
      assertThat(app.send("DELETE", "/api/products/7").statusCode()).isEqualTo(204);
      assertThat(app.get("/api/categories/BOOKS?limit=5&page=2").body())
          .isEqualTo("BOOKS page 2 limit 5 fresh null");
      assertThat(app.get("/api/categories/BOOKS").statusCode()).isEqualTo(400);
      assertThat(app.get("/api/categories/TOYS?limit=1").body())
          .isEqualTo("Invalid path parameter 'category': expected one of BOOKS, TOOLS");
      assertThat(app.get("/api/ratio/1.5?flag=true").body()).isEqualTo("3.0 true");
      assertThat(app.get("/api/ratio/1.5?flag=maybe").statusCode()).isEqualTo(400);

      assertThat(app.series("catalog_lookups_total"))
          .containsExactly(
              "catalog_lookups_total{exception=\"HttpStatusException\",status=\"404\",tier=\"gold\"} 1.0",
              "catalog_lookups_total{exception=\"none\",status=\"200\",tier=\"gold\"} 1.0");
      assertThat(app.series("catalog_deletes_total")).containsExactly("catalog_deletes_total 1.0");
      assertThat(app.series("http_request_exceptions_total")).isEmpty();
      assertThat(app.series("http_request_total"))
          .containsExactly(
              "http_request_total{method=\"DELETE\",status=\"204\"} 1.0",
              "http_request_total{method=\"GET\",status=\"200\"} 3.0",
              "http_request_total{method=\"GET\",status=\"400\"} 3.0",
              "http_request_total{method=\"GET\",status=\"404\"} 1.0",
              "http_request_total{method=\"PUT\",status=\"201\"} 1.0");
    }
  }

  @Test
  void labelsFromHeadersQueryParametersAndResolvers() {
    try (RunningApp app = serveWith(o -> o)) {
      String path = "/api/lookup/3f0c3e5e-4a6e-4f0e-9b1a-2f4c5d6e7f80?format=short";
      app.get(path, "X-Tenant", "acme", "User-Agent", "curl/8.0");
      app.get(path, "X-Tenant", "acme", "User-Agent", "curl/8.0");
      app.get("/api/lookup/3f0c3e5e-4a6e-4f0e-9b1a-2f4c5d6e7f80");

      assertThat(app.series("catalog_uuid_lookups_total"))
          .containsExactly(
              "catalog_uuid_lookups_total{client=\"curl\",format=\"short\",tenant=\"acme\"} 2.0",
              "catalog_uuid_lookups_total{client=\"other\",format=\"\",tenant=\"\"} 1.0");
    }
  }

  @Test
  void exceptionsCounterCountsOnlyWhatTheHandlerDidNotAnswer() {
    try (RunningApp app = serveWith(o -> o)) {
      HttpRequest failing =
          HttpRequest.newBuilder(app.uri("/api/import?fail=true"))
              .POST(HttpRequest.BodyPublishers.ofString("secret body"))
              .build();
      HttpResponse<String> failed = RunningApp.send(failing);
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).doesNotContain("secret", "import failed", "Exception");
      assertThat(app.send("POST", "/api/import?fail=false").statusCode()).isEqualTo(202);

      assertThat(app.series("http_request_exceptions_total"))
          .containsExactly("http_request_exceptions_total{method=\"POST\",status=\"500\"} 1.0");
      assertThat(app.series("catalog_imports_total")).containsExactly("catalog_imports_total 2.0");
      assertThat(app.series("catalog_imports_in_progress"))
          .containsExactly("catalog_imports_in_progress 0.0");
    }
  }

  @Test
  void anExceptionHandlerAnswersAndMetricsSeeItsResponse() {
    try (RunningApp app =
        serveWith(
            o ->
                o.exceptionHandler(
                    IllegalStateException.class,
                    (e, request) ->
                        Response.status(409).text("conflict").header("X-Handled", "yes")))) {
      HttpResponse<String> answered = app.send("POST", "/api/import?fail=true");

      assertThat(answered.statusCode()).isEqualTo(409);
      assertThat(answered.body()).isEqualTo("conflict");
      assertThat(answered.headers().firstValue("X-Handled")).contains("yes");
      assertThat(app.series("http_request_total"))
          .containsExactly("http_request_total{method=\"POST\",status=\"409\"} 1.0");
      assertThat(app.series("http_request_exceptions_total")).isEmpty();
      assertThat(app.series("catalog_imports_in_progress"))
          .containsExactly("catalog_imports_in_progress 0.0");
    }
  }

  @Test
  void excludeAllMetricsRecordsNothingForItsRoute() {
    try (RunningApp app = serveWith(o -> o.everyRoute(everyRouteCounter()))) {
      assertThat(app.send("PATCH", "/api/products/1/name?to=x").statusCode()).isEqualTo(200);

      assertThat(app.series("http_request_total")).isEmpty();
      assertThat(app.series("by_route_total")).noneMatch(line -> line.contains("/name\""));
    }
  }

  @Test
  void aMetricRegisteredForEveryRouteCountsEachRoute() {
    try (RunningApp app = serveWith(o -> o.everyRoute(everyRouteCounter()))) {
      app.get("/greet/ada");
      app.get("/greet/bob");
      app.send("DELETE", "/api/products/1");

      // Its labels are all static on each route, so every route starts at 0: seventeen routes are
      // tracked, those excluded from all metrics not.
      assertThat(app.series("by_route_total"))
          .contains(
              "by_route_total{method=\"DELETE\",path=\"/api/products/{id}\"} 1.0",
              "by_route_total{method=\"GET\",path=\"/greet/{name}\"} 2.0",
              "by_route_total{method=\"GET\",path=\"/api/products/{id}\"} 0.0")
          .hasSize(17);
    }
  }

  @Test
  void excludedPathsSilenceDefaultsAndOwnMetricsUnlessToldOtherwise() {
    try (RunningApp app = serveWith(o -> o.excludePaths("/greet"))) {
      app.get("/greet/ada");
      app.get("/api/ratio/2");

      assertThat(app.series("greetings_total")).isEmpty();
      assertThat(app.series("http_request_total"))
          .containsExactly("http_request_total{method=\"GET\",status=\"200\"} 1.0");
    }
    try (RunningApp app = serveWith(o -> o.excludePaths("/greet").excludedPathsSilenceAll(false))) {
      app.get("/greet/ada");

      assertThat(app.series("greetings_total")).containsExactly("greetings_total{name=\"ada\"} 1.0");
      assertThat(app.series("http_request_total")).isEmpty();
    }
  }

  @Test
  void defaultLabelsGoOnDefaultAndOwnMetrics() {
    try (RunningApp app =
        serveWith(
            o ->
                o.defaultLabel("region", "eu-1")
                    .defaultLabel("team", request -> request == null ? "" : request.header("X-Team")))) {
      app.get("/greet/ada", "X-Team", "acme");

      assertThat(app.series("http_request_total"))
          .containsExactly(
              "http_request_total{method=\"GET\",region=\"eu-1\",status=\"200\",team=\"acme\"} 1.0");
      assertThat(app.series("greetings_total"))
          .containsExactly("greetings_total{name=\"ada\",region=\"eu-1\",team=\"acme\"} 1.0");
      // Static default labels reach every series; computed ones need a request.
      assertThat(app.series("exporter_info"))
          .singleElement()
          .matches(line -> line.contains("region=\"eu-1\"") && !line.contains("team"));
    }
  }

  @Test
  void summaryInsteadOfHistogramAndCustomBuckets() {
    try (RunningApp app = serveWith(o -> o.durationAsSummary(true))) {
      app.get("/greet/ada");
      assertThat(app.scrape()).contains("# TYPE http_request_duration_seconds summary");
      assertThat(app.series("http_request_duration_seconds"))
          .extracting(line -> line.substring(0, line.indexOf('{')))
          .containsExactly("http_request_duration_seconds_count", "http_request_duration_seconds_sum");
      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{method=\"GET\",path=\"/greet/{name}\",status=\"200\"} 1");
    }
    try (RunningApp app = serveWith(o -> o.buckets(0.1, 1))) {
      app.get("/greet/ada");
      assertThat(app.series("http_request_duration_seconds_bucket"))
          .extracting(line -> line.replaceAll("^.*le=\"([^\"]+)\".*$", "$1"))
          .containsExactlyInAnyOrder("0.1", "1.0", "+Inf");
    }
  }

  @Test
  void groupByModes() {
    try (RunningApp app = serveWith(o -> o.groupBy(GroupBy.rawPath()))) {
      app.get("/greet/ada");
      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{method=\"GET\",path=\"/greet/ada\",status=\"200\"} 1");
    }
    try (RunningApp app = serveWith(o -> o.groupBy(GroupBy.fullPath()))) {
      app.get("/greet/ada?x=1");
      app.get("/greet/ada");
      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{method=\"GET\",path=\"/greet/ada\",status=\"200\"} 1",
              "http_request_duration_seconds_count{method=\"GET\",path=\"/greet/ada?x=1\",status=\"200\"} 1");
    }
    try (RunningApp app = serveWith(o -> o.groupBy(GroupBy.endpoint()))) {
      app.get("/greet/ada");
      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{endpoint=\"GreetingRoutes.greet\",method=\"GET\",status=\"200\"} 1");
    }
    try (RunningApp app =
        serveWith(o -> o.groupBy(GroupBy.custom("area", request -> request.path().split("/")[1])))) {
      app.get("/greet/ada");
      app.get("/api/ratio/1");
      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{area=\"api\",method=\"GET\",status=\"200\"} 1",
              "http_request_duration_seconds_count{area=\"greet\",method=\"GET\",status=\"200\"} 1");
    }
  }

  @Test
  void defaultMetricsCanBeTurnedOffEntirely() {
    try (RunningApp app = serveWith(o -> o.defaultMetrics(false))) {
      app.get("/greet/ada");
      String scrape = app.scrape();
      assertThat(scrape).doesNotContain("http_request", "exporter_info");
      assertThat(Scrape.series(scrape, "greetings_total"))
          .containsExactly("greetings_total{name=\"ada\"} 1.0");
    }
  }

  @Test
  void metricsEndpointWithBasicAuth() {
    try (RunningApp app = serveWith(o -> o.metricsAuth(MetricsAuth.basic("prom", "s3cret")))) {
      assertThat(app.get("/metrics").statusCode()).isEqualTo(401);
      assertThat(app.get("/metrics").headers().firstValue("WWW-Authenticate")).isPresent();
      assertThat(app.get("/metrics", "Authorization", basic("prom", "wrong")).statusCode())
          .isEqualTo(401);
      HttpResponse<String> allowed = app.get("/metrics", "Authorization", basic("prom", "s3cret"));
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.body()).contains("exporter_info");
      assertThat(app.get("/greet/ada").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void metricsOnASeparatePortOnly() throws Exception {
    try (RunningApp app = serveWith(o -> o.metricsPath(null).metricsAuth(MetricsAuth.bearer("t0ken")));
        PromwireServer metrics = app.app.serveMetrics("127.0.0.1", 0)) {
      app.get("/greet/ada");
      assertThat(app.get("/metrics").statusCode()).isEqualTo(404);

      URI uri = URI.create("http://127.0.0.1:" + metrics.port() + "/metrics");
      HttpResponse<String> denied = RunningApp.send(HttpRequest.newBuilder(uri).build());
      HttpResponse<String> allowed =
          RunningApp.send(
              HttpRequest.newBuilder(uri).header("Authorization", "Bearer t0ken").build());

      assertThat(denied.statusCode()).isEqualTo(401);
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(Scrape.series(allowed.body(), "greetings_total"))
          .containsExactly("greetings_total{name=\"ada\"} 1.0");
      HttpResponse<String> filtered =
          RunningApp.send(
              HttpRequest.newBuilder(URI.create(uri + "?name%5B%5D=http_request_duration_seconds_count"))
                  .header("Authorization", "Bearer t0ken")
                  .build());
      assertThat(Scrape.series(filtered.body(), ""))
          .isNotEmpty()
          .allMatch(line -> line.startsWith("http_request_duration_seconds_"));
    }
  }

  @Test
  void nameFilterReturnsOnlyTheFamiliesAsked() {
    try (RunningApp app = serveWith(o -> o.durationAsSummary(true))) {
      app.get("/greet/ada");
      String expected =
          """
          # HELP http_request_duration_seconds HTTP request duration in seconds
          # TYPE http_request_duration_seconds summary
          http_request_duration_seconds_count{method="GET",path="/greet/{name}",status="200"} 1
          http_request_duration_seconds_sum{method="GET",path="/greet/{name}",status="200"} <sum>
          """;

      // client_java alone also returns http_request_total: the name starts with http_request.
      HttpResponse<String> filtered =
          app.get("/metrics?name%5B%5D=http_request_duration_seconds_count");
      assertThat(filtered.statusCode()).isEqualTo(200);
      assertThat(withoutSums(filtered.body())).isEqualTo(expected);
      assertThat(withoutSums(app.app.metricsText("http_request_duration_seconds_count")))
          .isEqualTo(expected);
    }
  }

  private static String withoutSums(String text) {
    return text.replaceAll("(?m)^(\\S+_sum\\{.*\\}) \\S+$", "$1 <sum>");
  }

  private static MetricDefinition everyRouteCounter() {
    return MetricDefinition.counter("by_route", "Requests by route")
        .label(LabelDefinition.method("method"))
        .label(LabelDefinition.path("path"));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
