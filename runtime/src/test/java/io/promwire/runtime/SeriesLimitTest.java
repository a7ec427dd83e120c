package io.promwire.runtime;

import static io.promwire.runtime.TestApp.route;
import static io.promwire.runtime.TestApp.withOwnMetrics;
import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.internal.Outcomes;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The per-metric limit on series that labels taken from the request can create. */
class SeriesLimitTest {
  private static final String OVERFLOW = "promwire_label_overflow_total";

  private static TestApp app(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return TestApp.of(
        options,
        i ->
            List.of(
                withOwnMetrics(
                    i,
                    "/items/{type}",
                    r -> Outcomes.text(r.pathParam("type")),
                    MetricDefinition.counter("by_type", "Calls by type")
                        .label(LabelDefinition.constant("tier", "gold"))
                        .label(LabelDefinition.pathParam("type", "type"))
                        .label(LabelDefinition.status("status"))
                        .label(LabelDefinition.header("tenant", "X-Tenant")),
                    MetricDefinition.gauge("busy_by_type", "Calls in progress by type")
                        .label(LabelDefinition.pathParam("type", "type")),
                    MetricDefinition.counter("by_status", "Calls by status")
                        .label(LabelDefinition.status("status"))),
                route("GET", "/plain", "Routes.plain", r -> Outcomes.text("plain"))));
  }

  @Test
  void pastTheLimitRequestLabelsShareTheOverflowValueAndBoundedOnesKeepTheirs() {
    TestApp app = app(options -> options.seriesLimit("by_type", 3));

    try (LogCapture log = LogCapture.of("io.promwire.runtime.internal.SeriesGuard")) {
      for (String type : List.of("a", "b", "c", "d", "e", "a")) {
        assertThat(app.call("GET", "/items/" + type).bodyAsString()).isEqualTo(type);
      }
      assertThat(log.records()).extracting(LogRecord::getLevel).containsExactly(Level.WARNING);
      assertThat(log.records().get(0).getParameters()).doesNotContain("d", "e");
    }

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("by_type_total"))
        .containsExactlyInAnyOrder(
            byType("a", 2.0), byType("b", 1.0), byType("c", 1.0), byType("__overflow__", 2.0));
    assertThat(scrape.value(OVERFLOW + "{metric=\"by_type\"}")).isEqualTo(2.0);
    // The other metrics of the route keep the global limit.
    assertThat(scrape.samples("busy_by_type")).hasSize(5);
  }

  /**
   * A few long values (a 370 KB path, a header at the server's header limit) would otherwise keep
   * hundreds of kilobytes per series and repeat them on every line of every scrape.
   */
  @Test
  void aValueLongerThanTheLimitIsRecordedAsTheOverflowValueAndCounted() {
    TestApp app = app(options -> options.maxLabelValueLength(8));

    try (LogCapture log = LogCapture.of("io.promwire.runtime.internal.SeriesGuard")) {
      app.call("GET", "/items/" + "x".repeat(370_000));
      app.call("GET", "/items/12345678");
      app.call("GET", "/items/123456789");
      // Once for each metric that takes the value: by_type and busy_by_type.
      assertThat(log.records())
          .extracting(LogRecord::getLevel)
          .containsExactly(Level.WARNING, Level.WARNING);
    }

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("by_type_total"))
        .containsExactlyInAnyOrder(
            byType("12345678", 1.0),
            "by_type_total{status=\"200\",tenant=\"\",tier=\"gold\",type=\"__overflow__\"} 2.0");
    assertThat(scrape.value("promwire_label_too_long_total{metric=\"by_type\"}")).isEqualTo(2.0);
    assertThat(scrape.text()).doesNotContain("123456789", "xxxxxxxxx");
  }

  @Test
  void pastItsLabelTextLimitAMetricRecordsNewValuesAsTheOverflowValue() {
    // Each by_type series holds "gold", the type, "200" and "" : 7 characters plus the type's.
    TestApp app = app(options -> options.maxLabelTextChars(3 * 7 + 30));

    for (String type : List.of("aaaaaaaaaa", "bbbbbbbbbb", "cccccccccc", "dddddddddd", "aaaaaaaaaa")) {
      app.call("GET", "/items/" + type);
    }

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("by_type_total"))
        .containsExactlyInAnyOrder(
            byType("aaaaaaaaaa", 2.0),
            byType("bbbbbbbbbb", 1.0),
            byType("cccccccccc", 1.0),
            byType("__overflow__", 1.0));
    assertThat(scrape.value(OVERFLOW + "{metric=\"by_type\"}")).isEqualTo(1.0);
  }

  @Test
  void theGlobalLimitAppliesToEveryMetricAndAPerMetricOneWins() {
    TestApp app = app(options -> options.seriesLimit(2).seriesLimit("busy_by_type", 4));

    for (String type : List.of("a", "b", "c", "d", "e")) {
      app.call("GET", "/items/" + type);
    }

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("by_type_total")).hasSize(3);
    assertThat(scrape.samples("busy_by_type"))
        .hasSize(5)
        .contains("busy_by_type{type=\"__overflow__\"} 0.0");
    // Gauges count one overflow per call, though they look their series up twice.
    assertThat(scrape.value(OVERFLOW + "{metric=\"by_type\"}")).isEqualTo(3.0);
    assertThat(scrape.value(OVERFLOW + "{metric=\"busy_by_type\"}")).isEqualTo(1.0);
  }

  @Test
  void countersMayBeNamedWithOrWithoutTotal() {
    PromwireOptions options =
        PromwireOptions.builder().seriesLimit("http_request_total", 5).seriesLimit("a", 6).build();

    assertThat(options.seriesLimit("http_request")).isEqualTo(5);
    assertThat(options.seriesLimit("http_request_total")).isEqualTo(5);
    assertThat(options.seriesLimit("a_total")).isEqualTo(6);
    assertThat(options.seriesLimit("other")).isEqualTo(PromwireOptions.DEFAULT_SERIES_LIMIT);
  }

  @Test
  void aRawPathGroupingOverflowsItsPathButKeepsMethodAndStatus() {
    TestApp app =
        app(
            options ->
                options
                    .groupBy(GroupBy.rawPath())
                    .seriesLimit("http_request_duration_seconds", 2));

    for (String type : List.of("a", "b", "c", "d")) {
      app.call("GET", "/items/" + type);
    }

    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            Scrape.durationCount("GET", "/items/a", "200", 1),
            Scrape.durationCount("GET", "/items/b", "200", 1),
            Scrape.durationCount("GET", "__overflow__", "200", 2));
  }

  @Test
  void aComputedDefaultLabelOverflowsOnEveryMetricItLabels() {
    TestApp app =
        app(
            options ->
                options
                    .defaultLabel("client", r -> r == null ? null : r.header("X-Client"))
                    .seriesLimit(2));

    for (String client : List.of("a", "b", "c", "d")) {
      app.call("GET", "/plain", Map.of("X-Client", List.of(client)));
    }

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .containsExactlyInAnyOrder(
            "http_request_total{client=\"a\",method=\"GET\",status=\"200\"} 1.0",
            "http_request_total{client=\"b\",method=\"GET\",status=\"200\"} 1.0",
            "http_request_total{client=\"__overflow__\",method=\"GET\",status=\"200\"} 2.0");
    assertThat(scrape.samples("http_request_duration_seconds_count")).hasSize(3);
    assertThat(scrape.value(OVERFLOW + "{metric=\"http_request_total\"}")).isEqualTo(2.0);
    assertThat(scrape.value(OVERFLOW + "{metric=\"http_request_duration_seconds\"}"))
        .isEqualTo(2.0);
  }

  @Test
  void fullPathGroupingIsUnderTheSeriesLimit() {
    TestApp app = app(options -> options.groupBy(GroupBy.fullPath()).seriesLimit(2));

    for (int i = 0; i < 4; i++) {
      app.call("GET", "/plain?page=" + i);
    }

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            Scrape.durationCount("GET", "/plain?page=0", "200", 1),
            Scrape.durationCount("GET", "/plain?page=1", "200", 1),
            Scrape.durationCount("GET", "__overflow__", "200", 2));
    assertThat(scrape.value(OVERFLOW + "{metric=\"http_request_duration_seconds\"}"))
        .isEqualTo(2.0);
  }

  @Test
  void unmatchedUrlsShareOneSeriesEvenGroupedByRawPath() {
    TestApp app = app(options -> options.groupBy(GroupBy.rawPath()).seriesLimit(5));

    for (int i = 0; i < 50; i++) {
      assertThat(app.call("GET", "/nowhere/" + i).status()).isEqualTo(404);
    }

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_duration_seconds_count"))
        .containsExactly(Scrape.durationCount("GET", "<unmatched>", "404", 50));
    assertThat(scrape.value(OVERFLOW + "{metric=\"http_request_duration_seconds\"}"))
        .isEqualTo(0.0);
  }

  @Test
  void metricsWithBoundedLabelsOnlyHaveNoGuardAndNoOwnCounters() {
    TestApp app =
        TestApp.of(
            i ->
                List.of(
                    withOwnMetrics(
                        i,
                        "/a",
                        r -> Outcomes.text("a"),
                        MetricDefinition.counter("by_status", "Calls by status")
                            .label(LabelDefinition.status("status")))));

    app.call("GET", "/a");

    assertThat(app.scrape().families()).noneMatch(family -> family.startsWith("promwire_"));
  }

  private static String byType(String type, double count) {
    return "by_type_total{status=\"200\",tenant=\""
        + (type.equals("__overflow__") ? "__overflow__" : "")
        + "\",tier=\"gold\",type=\""
        + type
        + "\"} "
        + count;
  }
}
