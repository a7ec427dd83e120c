package io.promwire.runtime.adapter;

import io.promwire.runtime.internal.Route;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import io.promwire.runtime.TestApp;
import io.promwire.runtime.Scrape;
import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.GroupBy;
import static io.promwire.runtime.Scrape.durationCount;
import static io.promwire.runtime.Scrape.total;
import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.internal.Outcomes;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Requests served outside the route tables, recorded in the same default series. */
class DefaultHttpMetricsTest {
  private static final long MILLISECOND = 1_000_000;

  private static TestApp app(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    Route byType = route("GET", "/items/{type}", "ItemRoutes.byType", r -> Outcomes.text("x"));
    return TestApp.of(options, i -> List.of(byType));
  }

  private static Request request(String method, String rawPath) {
    return Request.fromRawPath(method, rawPath, null, Map.of(), new byte[0]);
  }

  @Test
  void aForeignRequestSharesTheSeriesOfRoutedOnesUnderItsTemplate() {
    TestApp app = app(options -> options);
    app.call("GET", "/items/a");
    app.promwire.defaultHttpMetrics()
        .record(request("GET", "/legacy/x"), "/legacy/*", "legacy", 200, null, MILLISECOND);

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total")).containsExactly(total("GET", "200", 2.0));
    assertThat(scrape.samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            durationCount("GET", "/items/{type}", "200", 1),
            durationCount("GET", "/legacy/*", "200", 1));
    assertThat(scrape.value(
            "http_request_duration_seconds_sum{method=\"GET\",path=\"/legacy/*\",status=\"200\"}"))
        .isEqualTo(0.001);
  }

  @Test
  void noTemplateIsUnmatchedAndAnUnknownMethodIsOther() {
    TestApp app = app(options -> options);
    app.promwire.defaultHttpMetrics()
        .record(request("BREW", "/pot"), null, null, 404, null, MILLISECOND);

    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactly(durationCount("_OTHER", PromwireOptions.UNMATCHED_PATH, "404", 1));
  }

  @Test
  void anExceptionIsCountedButAnHttpStatusExceptionIsNot() {
    TestApp app = app(options -> options);
    DefaultHttpMetrics metrics = app.promwire.defaultHttpMetrics();
    metrics.record(request("POST", "/a"), "/a", "a", 500, new IllegalStateException(), 1);
    metrics.record(request("POST", "/a"), "/a", "a", 409, new HttpStatusException(409, "no"), 1);

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_exceptions_total"))
        .containsExactly("http_request_exceptions_total{method=\"POST\",status=\"500\"} 1.0");
    assertThat(scrape.samples("http_request_total"))
        .containsExactly(total("POST", "409", 1.0), total("POST", "500", 1.0));
  }

  @Test
  void excludedPathsAreNotRecorded() {
    TestApp app = app(options -> options.excludePaths("/health"));
    app.promwire.defaultHttpMetrics()
        .record(request("GET", "/health/live"), "/health/*", "health", 200, null, 1);

    assertThat(app.scrape().samples("http_request_total")).isEmpty();
  }

  @Test
  void groupingAndDefaultLabelsSeeTheTemplateAndTheEndpoint() {
    TestApp byEndpoint = app(options -> options.groupBy(GroupBy.endpoint()));
    byEndpoint.promwire.defaultHttpMetrics()
        .record(request("GET", "/legacy/x"), "/legacy/*", "legacy", 200, null, 1);
    assertThat(byEndpoint.scrape().samples("http_request_duration_seconds_count"))
        .containsExactly(
            "http_request_duration_seconds_count{endpoint=\"legacy\",method=\"GET\",status=\"200\"} 1");

    TestApp custom =
        app(
            options ->
                options
                    .groupBy(GroupBy.custom("area", r -> r.path().split("/")[1]))
                    .defaultLabel("template", Request::template));
    custom.promwire.defaultHttpMetrics()
        .record(request("GET", "/legacy/x"), "/legacy/*", "legacy", 200, null, 1);
    assertThat(custom.scrape().samples("http_request_duration_seconds_count"))
        .containsExactly(
            "http_request_duration_seconds_count{area=\"legacy\",method=\"GET\",status=\"200\","
                + "template=\"/legacy/*\"} 1");
  }

  @Test
  void nothingIsRecordedWhenTheDefaultMetricsAreOff() {
    TestApp app = app(options -> options.defaultMetrics(false));
    app.promwire.defaultHttpMetrics()
        .record(request("GET", "/legacy/x"), "/legacy/*", "legacy", 200, null, 1);

    assertThat(app.scrape().families()).doesNotContain("http_request_total");
  }

  @Test
  void aTemplateResolvedOnceRecordsIntoTheSameSeriesWithoutARequest() {
    TestApp app = app(options -> options);
    DefaultHttpMetrics metrics = app.promwire.defaultHttpMetrics();
    assertThat(metrics.readsRequest()).isFalse();
    TemplateMetrics byType = metrics.forTemplate("/items/{type}", "ItemRoutes.byType");
    app.call("GET", "/items/a");
    byType.record("GET", null, 200, null, MILLISECOND);
    byType.record("HEAD", null, 200, null, MILLISECOND);
    byType.record("BREW", null, 500, new IllegalStateException(), MILLISECOND);

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            durationCount("GET", "/items/{type}", "200", 2),
            durationCount("HEAD", "/items/{type}", "200", 1),
            durationCount("_OTHER", "/items/{type}", "500", 1));
    assertThat(scrape.samples("http_request_exceptions_total"))
        .containsExactly("http_request_exceptions_total{method=\"_OTHER\",status=\"500\"} 1.0");
  }

  @Test
  void theRequestIsReadWhenAGroupingADefaultLabelOrAnExcludedPathReadsIt() {
    assertThat(app(options -> options.groupBy(GroupBy.endpoint())).promwire
            .defaultHttpMetrics().readsRequest())
        .isFalse();
    assertThat(app(options -> options.groupBy(GroupBy.rawPath())).promwire
            .defaultHttpMetrics().readsRequest())
        .isTrue();
    assertThat(app(options -> options.defaultLabel("template", Request::template)).promwire
            .defaultHttpMetrics().readsRequest())
        .isTrue();
    assertThat(app(options -> options.excludePaths("/health")).promwire
            .defaultHttpMetrics().readsRequest())
        .isTrue();
    assertThat(app(options -> options.defaultMetrics(false)).promwire
            .defaultHttpMetrics().readsRequest())
        .isFalse();
  }

  @Test
  void aResolvedTemplateLeavesOutExcludedPathsAndGivesLabelCodeTheTemplate() {
    TestApp app =
        app(
            options ->
                options
                    .excludePaths("/health")
                    .groupBy(GroupBy.custom("area", r -> r.path().split("/")[1]))
                    .defaultLabel("template", Request::template));
    TemplateMetrics legacy =
        app.promwire.defaultHttpMetrics().forTemplate("/legacy/*", "legacy");
    legacy.record("GET", request("GET", "/health/x"), 200, null, 1);
    legacy.record("GET", request("GET", "/legacy/x"), 200, null, 1);

    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactly(
            "http_request_duration_seconds_count{area=\"legacy\",method=\"GET\",status=\"200\","
                + "template=\"/legacy/*\"} 1");
  }

  @Test
  void aResolvedTemplateRecordsNothingWhenTheDefaultMetricsAreOff() {
    TestApp app = app(options -> options.defaultMetrics(false));
    app.promwire.defaultHttpMetrics().forTemplate("/legacy/*", "legacy")
        .record("GET", null, 200, null, 1);

    assertThat(app.scrape().families()).doesNotContain("http_request_total");
  }
}
