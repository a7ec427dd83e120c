package io.promwire.runtime;

import io.promwire.runtime.internal.Route;
import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.promwire.runtime.internal.Outcomes;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OptionsTest {
  private static final String OWN_CALLS = "own_calls_total";

  /**
   * {@code GET /items/{type}} with a counter of its own, {@code POST /health} and {@code GET
   * /boom}, which throws, under the given options.
   */
  private static TestApp items(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return TestApp.of(
        options,
        i ->
            List.of(
                Route.of(
                        "GET",
                        "/items/{type}",
                        "ItemRoutes.byType",
                        r -> Outcomes.text(r.pathParam("type")))
                    .recording(MetricDefinition.counter("own_calls", "Own calls")),
                route("POST", "/health", "HealthRoutes.check", r -> Outcomes.text("ok")),
                route(
                    "GET",
                    "/boom",
                    "BoomRoutes.boom",
                    r -> {
                      throw new IllegalStateException("boom");
                    })));
  }

  @Test
  void flaskPrefixReproducesTheSeedsNames() {
    TestApp app = items(options -> options.prefix("flask"));
    app.call("GET", "/items/a");
    app.call("GET", "/boom");

    Scrape scrape = app.scrape();
    assertThat(scrape.families())
        .containsExactlyInAnyOrder(
            "flask_exporter_info",
            "flask_http_request_duration_seconds",
            "flask_http_request_total",
            "flask_http_request_exceptions_total",
            OWN_CALLS);
    assertThat(scrape.samples("flask_http_request_exceptions_total"))
        .containsExactly(
            "flask_http_request_exceptions_total{method=\"GET\",status=\"500\"} 1.0");
  }

  @Test
  void emptyPrefixHasNoLeadingUnderscore() {
    TestApp app = items(options -> options);
    app.call("GET", "/items/a");
    app.call("GET", "/boom");

    assertThat(app.scrape().families())
        .containsExactlyInAnyOrder(
            "exporter_info",
            "http_request_duration_seconds",
            "http_request_total",
            "http_request_exceptions_total",
            OWN_CALLS);
  }

  @Test
  void bucketsAreConfigurable() {
    TestApp app = items(options -> options.buckets(0.1, 1));
    app.call("GET", "/items/a");

    assertThat(app.scrape().samples("http_request_duration_seconds_bucket"))
        .extracting(line -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1"))
        .containsExactly("0.1", "1.0", "+Inf");
  }

  @Test
  void defaultBucketsAreTheSeeds() {
    TestApp app = items(options -> options);
    app.call("GET", "/items/a");

    assertThat(app.scrape().samples("http_request_duration_seconds_bucket"))
        .extracting(line -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1"))
        .containsExactly(
            "0.005", "0.01", "0.025", "0.05", "0.075", "0.1", "0.25", "0.5", "0.75", "1.0", "2.5",
            "5.0", "7.5", "10.0", "+Inf");
  }

  @Test
  void durationAsSummary() {
    TestApp app = items(options -> options.durationAsSummary(true));
    app.call("GET", "/items/a");

    Scrape scrape = app.scrape();
    assertThat(scrape.type("http_request_duration_seconds"))
        .isEqualTo("# TYPE http_request_duration_seconds summary");
    assertThat(scrape.samples("http_request_duration_seconds_count"))
        .containsExactly(
            Scrape.durationCount("GET", "/items/{type}", "200", 1));
    assertThat(scrape.samples("http_request_duration_seconds_bucket")).isEmpty();
  }

  @Test
  void nativeHistogramsOnlyWhenAskedFor() {
    assertThat(durationPoint(items(options -> options)).hasNativeHistogramData()).isFalse();

    HistogramSnapshot.HistogramDataPointSnapshot both =
        durationPoint(items(options -> options.nativeHistograms(true)));
    assertThat(both.hasNativeHistogramData()).isTrue();
    assertThat(both.hasClassicHistogramData()).isTrue();
  }

  private static HistogramSnapshot.HistogramDataPointSnapshot durationPoint(TestApp app) {
    app.call("GET", "/items/a");
    return app.registry.scrape(name -> name.startsWith("http_request_duration")).stream()
        .map(HistogramSnapshot.class::cast)
        .findFirst()
        .orElseThrow()
        .getDataPoints()
        .get(0);
  }

  @Test
  void defaultMetricsOffRegistersAndRecordsNoneButKeepsTheRoutesOwn() {
    TestApp app = items(options -> options.defaultMetrics(false));
    app.call("GET", "/items/a");
    app.call("GET", "/missing");

    Scrape scrape = app.scrape();
    assertThat(scrape.families()).containsExactly(OWN_CALLS);
    assertThat(scrape.value(OWN_CALLS)).isEqualTo(1.0);
  }

  @Test
  void groupByRawPathUsesTheDecodedPathButUnmatchedRequestsStayShared() {
    TestApp app = items(options -> options.groupBy(GroupBy.rawPath()));
    app.call("GET", "/items/a");
    app.call("GET", "/items/b%20c");
    app.call("GET", "/missing/x");

    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            Scrape.durationCount("GET", "/items/a", "200", 1),
            Scrape.durationCount("GET", "/items/b c", "200", 1),
            Scrape.durationCount("GET", "<unmatched>", "404", 1));
  }

  @Test
  void groupByFullPathAddsTheQueryAsSentAndNoQuestionMarkWithoutOne() {
    TestApp app = items(options -> options.groupBy(GroupBy.fullPath()));
    app.call("GET", "/items/a?x=1&y=%20");
    app.call("GET", "/items/a");
    app.call("GET", "/items/a?");
    app.call("GET", "/missing/x?y=2");

    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            Scrape.durationCount("GET", "/items/a?x=1&y=%20", "200", 1),
            Scrape.durationCount("GET", "/items/a", "200", 2),
            Scrape.durationCount("GET", "<unmatched>", "404", 1));
  }

  @Test
  void groupByEndpointLabelsTheHandlerMethod() {
    TestApp app = items(options -> options.groupBy(GroupBy.endpoint()));
    app.call("GET", "/items/a");
    app.call("DELETE", "/items/a");

    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds_count{endpoint=\"ItemRoutes.byType\",method=\"GET\",status=\"200\"} 1",
            "http_request_duration_seconds_count{endpoint=\"<unmatched>\",method=\"DELETE\",status=\"405\"} 1");
  }

  @Test
  void groupByCustomFunctionUnderTheUsersLabelName() {
    TestApp app =
        items(options -> options.groupBy(GroupBy.custom("tenant", r -> r.header("X-Tenant"))));
    app.call("GET", "/items/a", Map.of("X-Tenant", List.of("acme")));
    app.call("GET", "/items/b", Map.of("X-Tenant", List.of("acme")));
    app.call("GET", "/items/c");

    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds_count{method=\"GET\",status=\"200\",tenant=\"acme\"} 2",
            "http_request_duration_seconds_count{method=\"GET\",status=\"200\",tenant=\"\"} 1");
  }

  @Test
  void excludedPathsSilenceEverythingFromTheStartOfThePath() {
    TestApp app = items(options -> options.excludePaths("/items/secret", "/health"));
    app.call("GET", "/items/secret");
    app.call("GET", "/items/secrets");
    app.call("POST", "/health");
    app.call("GET", "/healthz");
    app.call("GET", "/items/public");
    app.call("GET", "/api/health");

    Scrape scrape = app.scrape();
    assertThat(scrape.value(OWN_CALLS)).isEqualTo(1.0);
    assertThat(scrape.samples("http_request_total"))
        .containsExactlyInAnyOrder(
            Scrape.total("GET", "200", 1.0),
            Scrape.total("GET", "404", 1.0));
  }

  @Test
  void excludedPathsCanSilenceOnlyTheDefaultMetrics() {
    TestApp app =
        items(options -> options.excludePaths("/items/").excludedPathsSilenceAll(false));
    app.call("GET", "/items/a");
    app.call("GET", "/items/b");

    Scrape scrape = app.scrape();
    assertThat(scrape.value(OWN_CALLS)).isEqualTo(2.0);
    assertThat(scrape.samples("http_request_total")).isEmpty();
  }

  @Test
  void staticDefaultLabelGoesOnDefaultOwnAndExporterInfoMetrics() {
    TestApp app = items(options -> options.defaultLabel("region", "eu-1"));
    app.call("GET", "/items/a");
    app.call("GET", "/items/b");

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .containsExactly("http_request_total{method=\"GET\",region=\"eu-1\",status=\"200\"} 2.0");
    assertThat(scrape.samples("http_request_duration_seconds_count"))
        .containsExactly(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/items/{type}\",region=\"eu-1\",status=\"200\"} 2");
    assertThat(scrape.samples(OWN_CALLS)).containsExactly("own_calls_total{region=\"eu-1\"} 2.0");
    assertThat(scrape.samples("exporter_info"))
        .containsExactly(
            "exporter_info{region=\"eu-1\",version=\"" + Promwire.version() + "\"} 1");
  }

  @Test
  void computedDefaultLabelIsResolvedPerRequest() {
    TestApp app = items(options -> options.defaultLabel("tenant", r -> r.header("X-Tenant")));
    app.call("GET", "/items/a", Map.of("X-Tenant", List.of("acme")));
    app.call("GET", "/items/a", Map.of("X-Tenant", List.of("globex")));
    app.call("GET", "/items/b", Map.of("X-Tenant", List.of("acme")));

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .containsExactlyInAnyOrder(
            "http_request_total{method=\"GET\",status=\"200\",tenant=\"acme\"} 2.0",
            "http_request_total{method=\"GET\",status=\"200\",tenant=\"globex\"} 1.0");
    assertThat(scrape.samples(OWN_CALLS))
        .containsExactly(
            "own_calls_total{tenant=\"acme\"} 2.0", "own_calls_total{tenant=\"globex\"} 1.0");
  }

  @Test
  void jvmMetricsAreRegisteredUnlessTurnedOff() {
    assertThat(items(options -> options.jvmMetrics(true)).scrape().families())
        .anyMatch(family -> family.startsWith("jvm_"));
    assertThat(items(options -> options.jvmMetrics(false)).scrape().families())
        .noneMatch(family -> family.startsWith("jvm_"));
  }

  /** client_java takes repeated label names at registration and then fails every scrape. */
  @Test
  void aDefaultLabelNamedLikeAMetricsOwnLabelIsRefusedAtStartUp() {
    assertThatThrownBy(
            () ->
                TestApp.of(
                    options -> options.defaultLabel("tier", "gold"),
                    i ->
                        List.of(
                            TestApp.withOwnMetrics(
                                i,
                                "/a",
                                r -> Outcomes.text("a"),
                                MetricDefinition.counter("tiered", "Calls by tier")
                                    .label(LabelDefinition.header("tier", "X-Tier"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default label 'tier'")
        .hasMessageContaining("metric 'tiered'");
    assertThatThrownBy(() -> items(options -> options.defaultLabel("status", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two labels named 'status'");
    assertThatThrownBy(
            () -> MetricDefinition.counter("c", "C").label(LabelDefinition.status("s")).label(
                LabelDefinition.method("s")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metric 'c' has two labels named 's'");
  }

  @Test
  void seriesLimitsMustBePositive() {
    assertThatThrownBy(() -> PromwireOptions.builder().seriesLimit(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PromwireOptions.builder().seriesLimit("m", -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PromwireOptions.defaults().seriesLimit()).isEqualTo(2000);
  }
}
