package io.promwire.runtime;

import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.internal.Outcomes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Promwire.metricsText(names)}: the families asked for, and no other. */
class RequestedMetricsTest {
  private static TestApp app() {
    TestApp app =
        TestApp.of(
            options -> options.durationAsSummary(true),
            i -> List.of(route("GET", "/hello", "Routes.hello", r -> Outcomes.text("hi"))));
    app.call("GET", "/hello");
    return app;
  }

  /** The text with every sum replaced, so that durations do not make the text vary. */
  private static String withoutSums(String text) {
    return text.replaceAll("(?m)^(\\S+_sum\\{.*\\}) \\S+$", "$1 <sum>");
  }

  @Test
  void aSampleNameGivesItsFamilyAndNotTheFamiliesWhoseNameItStartsWith() {
    // client_java's own filter also returns http_request_total here: the asked name starts with
    // the counter's registry name, http_request.
    assertThat(withoutSums(app().promwire.metricsText("http_request_duration_seconds_count")))
        .isEqualTo(
            """
            # HELP http_request_duration_seconds HTTP request duration in seconds
            # TYPE http_request_duration_seconds summary
            http_request_duration_seconds_count{method="GET",path="/hello",status="200"} 1
            http_request_duration_seconds_sum{method="GET",path="/hello",status="200"} <sum>
            """);
  }

  @Test
  void aCounterIsAskedForByItsExposedName() {
    assertThat(app().promwire.metricsText("http_request_total", "no_such_metric"))
        .isEqualTo(
            """
            # HELP http_request_total Total number of HTTP requests
            # TYPE http_request_total counter
            http_request_total{method="GET",status="200"} 1.0
            """);
  }

  @Test
  void anInfoMetricIsAskedForByItsName() {
    assertThat(app().promwire.metricsText("exporter_info"))
        .startsWith("# HELP exporter_info ")
        .contains("exporter_info{version=\"" + Promwire.version() + "\"} 1")
        .doesNotContain("http_request");
  }

  @Test
  void aPrefixOfANameIsNotTheName() {
    assertThat(app().promwire.metricsText("http_request_", "http_request_duration")).isEmpty();
  }

  @Test
  void aCounterIsAlsoAskedForByItsOpenMetricsFamilyName() {
    assertThat(app().promwire.metricsText("http_request"))
        .isEqualTo(app().promwire.metricsText("http_request_total"));
  }

  @Test
  void noNamesGiveEveryFamily() {
    TestApp app = app();
    assertThat(app.promwire.metricsText(new String[0])).isEqualTo(app.promwire.metricsText());
  }
}
