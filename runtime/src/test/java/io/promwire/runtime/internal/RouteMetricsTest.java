package io.promwire.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Whether a route's metrics need the request, decided once when it is wired. */
class RouteMetricsTest {
  private static int names;

  private static RouteMetrics of(PromwireOptions options, LabelDefinition... labels) {
    MetricDefinition counter = MetricDefinition.counter("calls_" + names++, "Calls");
    for (LabelDefinition label : labels) {
      counter = counter.label(label);
    }
    return RouteMetrics.of(
        Instruments.create(new PrometheusRegistry(), options),
        List.of(counter),
        "GET",
        "/items/{type}");
  }

  private static RouteMetrics of(LabelDefinition... labels) {
    return of(PromwireOptions.builder().jvmMetrics(false).build(), labels);
  }

  @Test
  void labelsTheRouteOrTheOutcomeDecideReadNothingOfTheRequest() {
    RouteMetrics metrics =
        of(
            LabelDefinition.constant("team", "shop"),
            LabelDefinition.method("method"),
            LabelDefinition.path("path"),
            LabelDefinition.status("status"),
            LabelDefinition.exception("exception"));

    assertThat(metrics.readsRequest()).isFalse();
    assertThat(metrics.isEmpty()).isFalse();
  }

  @Test
  void aPathParameterAQueryParameterAHeaderOrAResolverReadsTheRequest() {
    assertThat(of(LabelDefinition.pathParam("item_type", "type")).readsRequest()).isTrue();
    assertThat(of(LabelDefinition.queryParam("page", "page")).readsRequest()).isTrue();
    assertThat(of(LabelDefinition.header("tenant", "X-Tenant")).readsRequest()).isTrue();
    assertThat(of(LabelDefinition.rawPath("raw")).readsRequest()).isTrue();
  }

  @Test
  void aDefaultLabelComputedFromTheRequestReadsIt() {
    Function<Request, String> tenant = r -> r.header("X-Tenant");
    PromwireOptions options =
        PromwireOptions.builder().jvmMetrics(false).defaultLabel("tenant", tenant).build();

    assertThat(of(options, LabelDefinition.status("status")).readsRequest()).isTrue();
  }

  @Test
  void noMetricsAtAllAreEmptyAndReadNothing() {
    RouteMetrics none =
        RouteMetrics.of(
            Instruments.create(new PrometheusRegistry(), PromwireOptions.builder().build()),
            List.of(),
            "GET",
            "/items");

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.readsRequest()).isFalse();
  }
}
