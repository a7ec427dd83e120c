package io.promwire.runtime;

import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promwire.runtime.internal.Outcomes;
import io.promwire.runtime.internal.Route;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A static default label is on every series the app registers, as Micrometer's common tags are:
 * default, annotated and info metrics, promwire's own counters and client_java's JVM metrics.
 */
class DefaultLabelReachTest {
  private static TestApp app(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    TestApp app =
        TestApp.of(
            options,
            instruments -> {
              instruments.info(
                  MetricDefinition.info("app_info", "Application info")
                      .label(LabelDefinition.constant("version", "1.0.3")));
              return List.of(
                  Route.of("GET", "/items/{type}", "Routes.byType", r -> Outcomes.text("ok"))
                      .recording(
                          MetricDefinition.counter("by_type", "Calls by type")
                              .label(LabelDefinition.pathParam("type", "type"))),
                  route("GET", "/hello", "Routes.hello", r -> Outcomes.text("hi")));
            });
    app.call("GET", "/items/a");
    app.call("GET", "/hello");
    return app;
  }

  @Test
  void everySeriesCarriesAStaticDefaultLabel() {
    TestApp app = app(options -> options.jvmMetrics(true).defaultLabel("app", "shop"));

    Scrape scrape = app.scrape();
    List<String> samples = scrape.text().lines().filter(line -> !line.startsWith("#")).toList();
    assertThat(scrape.families())
        .contains(
            "app_info",
            "exporter_info",
            "promwire_label_overflow_total",
            "promwire_label_errors_total",
            "jvm_threads_current",
            "process_cpu_seconds_total");
    assertThat(samples).isNotEmpty().allMatch(line -> line.contains("app=\"shop\""));
    assertThat(scrape.samples("app_info"))
        .containsExactly("app_info{app=\"shop\",version=\"1.0.3\"} 1");
    assertThat(scrape.samples("promwire_label_overflow_total"))
        .containsExactly("promwire_label_overflow_total{app=\"shop\",metric=\"by_type\"} 0.0");
  }

  @Test
  void computedDefaultLabelsStayOnTheMetricsThatSeeARequest() {
    TestApp app =
        app(options -> options.defaultLabel("app", "shop").defaultLabel("tenant", r -> "acme"));

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .contains("http_request_total{app=\"shop\",method=\"GET\",status=\"200\",tenant=\"acme\"} 2.0");
    assertThat(scrape.samples("by_type_total"))
        .containsExactly("by_type_total{app=\"shop\",tenant=\"acme\",type=\"a\"} 1.0");
    assertThat(scrape.samples("app_info"))
        .containsExactly("app_info{app=\"shop\",version=\"1.0.3\"} 1");
  }

  @Test
  void aDefaultLabelNamedAsALabelOfPromwiresOwnCountersIsRefused() {
    assertThatThrownBy(() -> app(options -> options.defaultLabel("metric", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default label 'metric'")
        .hasMessageContaining("promwire_label_overflow_total");
  }

  @Test
  void aDefaultLabelNamedAsALabelOfTheJvmMetricsIsRefused() {
    assertThatThrownBy(() -> app(options -> options.jvmMetrics(true).defaultLabel("pool", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("client_java's JVM metrics")
        .hasMessageContaining("pool")
        .hasMessageContaining("jvmMetrics(false)");
  }

  @Test
  void anInfoMetricWithALabelOfADefaultLabelsNameIsRefused() {
    assertThatThrownBy(() -> app(options -> options.defaultLabel("version", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default label 'version'");
  }
}
