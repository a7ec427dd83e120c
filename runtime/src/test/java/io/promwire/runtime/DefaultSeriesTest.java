package io.promwire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DefaultSeriesTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();

  private static DefaultSeries series(
      Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return series(new PrometheusRegistry(), options);
  }

  private static DefaultSeries series(
      PrometheusRegistry registry,
      Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    PromwireOptions built = options.apply(PromwireOptions.builder()).build();
    DefaultMetrics metrics = DefaultMetrics.register(Instruments.create(registry, built));
    Route route = TestApp.route("GET", "/items/{type}", "ItemRoutes.byType", r -> null);
    return metrics.forRoute(route, "GET");
  }

  private static Request request() {
    Request request = new Request("GET", "/items/a", null, Map.of(), new byte[0]);
    request.matched("/items/{type}", Map.of("type", "a"));
    return request;
  }

  @Test
  void staticSeriesLooksItsDataPointsUpOncePerStatus() {
    DefaultSeries series = series(registry, options -> options.defaultLabel("region", "eu-1"));
    Request request = request();

    series.record(request, 200, null, null, 1_000);
    DefaultMetrics.Points first = series.cached(200);
    series.record(request, 200, null, null, 1_000);
    series.record(request, 404, null, null, 1_000);

    assertThat(first).isNotNull();
    assertThat(series.cached(200)).isSameAs(first);
    assertThat(series.cached(404)).isNotNull().isNotSameAs(first);
    assertThat(series.cached(500)).isNull();
    assertThat(Scrape.of(registry).samples("http_request_total"))
        .containsExactlyInAnyOrder(
            "http_request_total{method=\"GET\",region=\"eu-1\",status=\"200\"} 2.0",
            "http_request_total{method=\"GET\",region=\"eu-1\",status=\"404\"} 1.0");
  }

  @Test
  void endpointGroupingIsStaticToo() {
    DefaultSeries series = series(options -> options.groupBy(GroupBy.endpoint()));

    series.record(request(), 200, null, null, 1_000);

    assertThat(series.cached(200)).isNotNull();
  }

  @Test
  void dynamicGroupsAndComputedLabelsAreLookedUpPerRequest() {
    DefaultSeries rawPath = series(options -> options.groupBy(GroupBy.rawPath()));
    DefaultSeries custom = series(options -> options.groupBy(GroupBy.custom("g", r -> "x")));
    DefaultSeries computed = series(options -> options.defaultLabel("tenant", r -> "acme"));

    for (DefaultSeries series : new DefaultSeries[] {rawPath, custom, computed}) {
      series.record(request(), 200, null, null, 1_000);
      assertThat(series.cached(200)).isNull();
    }
  }
}
