package io.promwire.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What a series looks up per call: the client_java lookup is counted, so that a cache that stopped
 * keeping its data points would show here as one lookup per call.
 */
class SeriesTest {
  private static final String GET = "GET";
  private static final String TEMPLATE = "/items/{type}";

  /** A lookup that counts its calls and hands out one data point per label set. */
  private static final class CountingLookup implements Function<String[], List<String>> {
    final List<List<String>> calls = new ArrayList<>();

    @Override
    public List<String> apply(String[] values) {
      calls.add(List.of(values));
      return List.of(values);
    }
  }

  private final CountingLookup lookup = new CountingLookup();

  private Series<List<String>> series(LabelDefinition... labels) {
    SeriesGuards guards =
        new SeriesGuards(new PrometheusRegistry(), PromwireOptions.builder().seriesLimit(3).build());
    return new Series<>(
        lookup, List.of(labels), GET, TEMPLATE, labels.length, true, () -> guards.forMetric("m"));
  }

  private static Request request(String type) {
    return new Request(GET, "/items/" + type, null, Map.of(), new byte[0])
        .withRoute(TEMPLATE, Map.of("type", type));
  }

  @Test
  void staticLabelsAreLookedUpOnceAtStartUp() {
    Series<List<String>> series =
        series(LabelDefinition.constant("a", "x"), LabelDefinition.method("m"),
            LabelDefinition.path("p"));
    assertThat(lookup.calls).containsExactly(List.of("x", GET, TEMPLATE));

    for (int i = 0; i < 100; i++) {
      assertThat(series.point(request("a"), null, 200, null, null))
          .containsExactly("x", GET, TEMPLATE);
      assertThat(series.withoutOutcome()).containsExactly("x", GET, TEMPLATE);
    }

    assertThat(lookup.calls).hasSize(1);
  }

  @Test
  void statusAndExceptionLabelsAreLookedUpOncePerStatus() {
    Series<List<String>> series =
        series(LabelDefinition.method("m"), LabelDefinition.status("s"),
            LabelDefinition.exception("e"));

    for (int i = 0; i < 100; i++) {
      series.point(request("a"), null, 200, null, null);
      series.point(request("a"), null, 404, null, null);
    }

    assertThat(lookup.calls)
        .containsExactly(List.of(GET, "200", "none"), List.of(GET, "404", "none"));
    // A call that threw is told apart by its exception's name: looked up, as exceptions are rare.
    assertThat(series.point(request("a"), null, 500, null, new IllegalStateException()))
        .containsExactly(GET, "500", "IllegalStateException");
  }

  @Test
  void oneLabelFromTheRequestIsLookedUpOncePerAdmittedValue() {
    Series<List<String>> series =
        series(LabelDefinition.method("m"), LabelDefinition.pathParam("type", "type"));

    for (int i = 0; i < 100; i++) {
      for (String type : List.of("a", "b", "c", "d", "e")) {
        series.point(request(type), null, 200, null, null);
      }
    }

    // The limit is 3: a, b and c keep their data points; d and e overflow, per call.
    assertThat(lookup.calls.subList(0, 3))
        .containsExactly(List.of(GET, "a"), List.of(GET, "b"), List.of(GET, "c"));
    assertThat(lookup.calls.subList(3, lookup.calls.size()))
        .hasSize(200)
        .allMatch(call -> call.equals(List.of(GET, LabelDefinition.OVERFLOW_VALUE)));
  }

  @Test
  void aDirectCallGivesItsPathParameters() {
    Series<List<String>> series = series(LabelDefinition.pathParam("type", "type"));

    assertThat(series.point(null, DirectCall.of("type", "lamp"), 0, null, null))
        .containsExactly("lamp");
    assertThat(series.point(null, DirectCall.of(), 0, null, null)).containsExactly("");
  }
}
