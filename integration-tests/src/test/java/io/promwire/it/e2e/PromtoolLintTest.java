package io.promwire.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.DefaultNaming;
import io.promwire.runtime.GroupBy;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code promtool check metrics}, Prometheus's own linter, on the scrape of every kind of app the
 * integration tests start, after traffic has made every metric appear: it must exit 0 and print
 * nothing.
 */
@ExtendWith(RequiresPrometheus.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PromtoolLintTest {

  static Stream<Arguments> apps() {
    return Stream.of(
        app("quickstart", Apps::quickstart, Traffic::quickstart),
        app("quickstart, native histograms",
            Apps::quickstartWithNativeHistograms, Traffic::quickstart),
        Arguments.of(
            "quickstart as Jakarta REST resources on Jersey",
            (Supplier<ServedApp>)
                () -> ServedApp.onJersey(
                    Apps.jaxrsQuickstart(PromwireOptions.defaults()), Duration.ofMillis(10)),
            (Consumer<ServedApp>) Traffic::quickstart),
        handlers("integration handlers", options -> options),
        handlers("integration handlers, prefix flask", options -> options.prefix("flask")),
        handlers("integration handlers, OpenTelemetry naming",
            options -> options.naming(DefaultNaming.OPENTELEMETRY)),
        handlers("integration handlers, Micrometer naming",
            options -> options.naming(DefaultNaming.MICROMETER)),
        handlers("integration handlers, duration as a summary",
            options -> options.durationAsSummary(true)),
        handlers("integration handlers, grouped by endpoint, two buckets",
            options -> options.groupBy(GroupBy.endpoint()).buckets(0.1, 1)),
        handlers("integration handlers, default labels, a metric on every route",
            options -> options
                .defaultLabel("region", "eu-1")
                .defaultLabel("team", request -> request == null ? "" : "checkout")
                .everyRoute(
                    MetricDefinition.counter("by_route", "Requests by route")
                        .label(LabelDefinition.method("method"))
                        .label(LabelDefinition.path("path")))));
  }

  private static Arguments app(String name, Supplier<Promwire> app, Consumer<ServedApp> traffic) {
    return Arguments.of(name, (Supplier<ServedApp>) () -> ServedApp.serve(app.get()), traffic);
  }

  private static Arguments handlers(
      String name, UnaryOperator<PromwireOptions.Builder> options) {
    return app(name, () -> Apps.integrationHandlers(options), Traffic::integrationHandlers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void promtoolFindsNothingToLint(
      String name, Supplier<ServedApp> app, Consumer<ServedApp> traffic) throws Exception {
    try (ServedApp served = app.get()) {
      traffic.accept(served);
      String scrape = served.scrape();

      Promtool.Result lint = Promtool.checkMetrics(scrape);

      assertThat(lint.exitCode()).as("%s\non:\n%s", lint, scrape).isZero();
      assertThat(lint.output()).as("%s\non:\n%s", lint, scrape).isEmpty();
    }
  }
}
