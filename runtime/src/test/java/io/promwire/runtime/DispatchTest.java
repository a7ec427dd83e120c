package io.promwire.runtime;

import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promwire.runtime.support.Outcomes;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class DispatchTest {
  private static final String TOTAL = "http_request_total";
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final String EXCEPTIONS = "http_request_exceptions_total";

  private static TestApp items(RouteHandler handler) {
    return TestApp.of(i -> List.of(route("GET", "/items/{type}", "ItemRoutes.byType", handler)));
  }

  @Test
  void servesTheRouteAndRecordsOneSeriesPerDefaultMetric() {
    TestApp app = items(r -> Outcomes.text(r.pathParam("type")));

    Response response = app.call("GET", "/items/book");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyAsString()).isEqualTo("book");
    Scrape scrape = app.scrape();
    assertThat(scrape.samples(TOTAL))
        .containsExactly("http_request_total{method=\"GET\",status=\"200\"} 1.0");
    assertThat(scrape.samples(COUNT))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/items/{type}\",status=\"200\"} 1");
    assertThat(scrape.samples(EXCEPTIONS)).isEmpty();
    assertThat(scrape.type("http_request_duration_seconds"))
        .isEqualTo("# TYPE http_request_duration_seconds histogram");
  }

  @Test
  void exporterInfoCarriesTheLibraryVersion() {
    TestApp app = items(r -> Outcomes.text("x"));

    assertThat(Promwire.version()).isNotBlank().doesNotContain("${").isNotEqualTo("unknown");
    assertThat(app.scrape().samples("exporter_info"))
        .containsExactly("exporter_info{version=\"" + Promwire.version() + "\"} 1");
  }

  @Test
  void httpStatusExceptionAnswersWithItsStatusAndMessageAndIsNoException() {
    TestApp app =
        items(
            r -> {
              throw new HttpStatusException(409, "already taken");
            });

    Response response = app.call("GET", "/items/book");

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.bodyAsString()).isEqualTo("already taken");
    assertThat(response.header("Content-Type")).startsWith("text/plain");
    Scrape scrape = app.scrape();
    assertThat(scrape.samples(TOTAL))
        .containsExactly("http_request_total{method=\"GET\",status=\"409\"} 1.0");
    assertThat(scrape.samples(EXCEPTIONS)).isEmpty();
  }

  @Test
  void otherExceptionIsA500ThatRevealsNothingAndIsCountedAndLogged() {
    IllegalStateException failure = new IllegalStateException("secret database password");
    TestApp app =
        items(
            r -> {
              throw failure;
            });

    Response response;
    try (LogCapture log = LogCapture.of(Dispatcher.class)) {
      response = app.call("GET", "/items/book");
      assertThat(log.records()).hasSize(1);
      assertThat(log.records().get(0).getLevel()).isEqualTo(Level.SEVERE);
      assertThat(log.records().get(0).getThrown()).isSameAs(failure);
      assertThat(log.records().get(0).getMessage()).contains("ItemRoutes.byType");
    }

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.bodyAsString())
        .isEqualTo("Internal Server Error")
        .doesNotContain("secret")
        .doesNotContain("IllegalStateException");
    Scrape scrape = app.scrape();
    assertThat(scrape.samples(EXCEPTIONS))
        .containsExactly("http_request_exceptions_total{method=\"GET\",status=\"500\"} 1.0");
    assertThat(scrape.samples(TOTAL))
        .containsExactly("http_request_total{method=\"GET\",status=\"500\"} 1.0");
  }

  @Test
  void errorsOtherThanVirtualMachineErrorsAre500s() {
    TestApp app =
        items(
            r -> {
              throw new AssertionError("broken invariant");
            });

    Response response = app.call("GET", "/items/book");

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.bodyAsString()).doesNotContain("broken");
  }

  @Test
  void virtualMachineErrorPropagatesAfterBeingCounted() {
    TestApp app =
        items(
            r -> {
              throw new StackOverflowError();
            });

    assertThatThrownBy(() -> app.call("GET", "/items/book")).isInstanceOf(StackOverflowError.class);
    assertThat(app.scrape().samples(EXCEPTIONS))
        .containsExactly("http_request_exceptions_total{method=\"GET\",status=\"500\"} 1.0");
  }

  @Test
  void nullResponseIsA500() {
    TestApp app = items(r -> null);

    assertThat(app.call("GET", "/items/book").status()).isEqualTo(500);
  }

  @Test
  void unmatchedRequestsShareOnePathLabelAndUnknownMethodsOneMethodLabel() {
    TestApp app = items(r -> Outcomes.text("x"));

    assertThat(app.call("GET", "/nothing").status()).isEqualTo(404);
    assertThat(app.call("GET", "/other").status()).isEqualTo(404);
    assertThat(app.call("BREW", "/coffee").status()).isEqualTo(404);

    assertThat(app.scrape().samples(COUNT))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds_count{method=\"_OTHER\",path=\"<unmatched>\",status=\"404\"} 1",
            "http_request_duration_seconds_count{method=\"GET\",path=\"<unmatched>\",status=\"404\"} 2");
  }

  @Test
  void methodNotAllowedNamesTheAllowedMethodsAndIsRecordedUnderTheTemplate() {
    TestApp app = items(r -> Outcomes.text("x"));

    Response response = app.call("DELETE", "/items/book");

    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(app.scrape().samples(COUNT))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds_count{method=\"DELETE\",path=\"/items/{type}\",status=\"405\"} 1");
  }

  @Test
  void malformedPathIsA400RecordedAsUnmatched() {
    TestApp app = items(r -> Outcomes.text("x"));

    Response response = app.call("GET", "/items/%zz");

    assertThat(response.status()).isEqualTo(400);
    assertThat(app.scrape().samples(TOTAL))
        .containsExactly("http_request_total{method=\"GET\",status=\"400\"} 1.0");
    assertThat(app.scrape().samples(COUNT))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds_count{method=\"GET\",path=\"<unmatched>\",status=\"400\"} 1");
  }

  @Test
  void headIsServedByTheGetRouteAndRecordedAsHead() {
    TestApp app = items(r -> Outcomes.text("book"));

    Response response = app.call("HEAD", "/items/book");

    assertThat(response.status()).isEqualTo(200);
    assertThat(app.scrape().samples(COUNT))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds_count{method=\"HEAD\",path=\"/items/{type}\",status=\"200\"} 1");
  }

  @Test
  void statusesOfOneRouteAreKeptApart() {
    TestApp app =
        TestApp.of(
            i ->
                List.of(
                    route(
                        "GET",
                        "/status/{code}",
                        "StatusRoutes.echo",
                        r -> Response.status(Integer.parseInt(r.pathParam("code"))))));

    app.call("GET", "/status/200");
    app.call("GET", "/status/404");
    app.call("GET", "/status/200");

    assertThat(app.scrape().samples(TOTAL))
        .containsExactlyInAnyOrder(
            "http_request_total{method=\"GET\",status=\"200\"} 2.0",
            "http_request_total{method=\"GET\",status=\"404\"} 1.0");
  }

  @Test
  void defaultAndOwnMetricsShareOneDuration() {
    TestApp app =
        TestApp.of(
            i ->
                List.of(
                    new Route(
                        "GET",
                        "/slow",
                        "SlowRoutes.slow",
                        r -> {
                          Thread.sleep(2);
                          return Outcomes.text("done");
                        },
                        i.method(
                            "GET",
                            "/slow",
                            MetricDefinition.histogram("own_seconds", "Own", 1)),
                        false,
                        false)));

    app.call("GET", "/slow");

    Scrape scrape = app.scrape();
    Double own = scrape.value("own_seconds_sum");
    assertThat(own).isPositive();
    assertThat(scrape.value(
            "http_request_duration_seconds_sum{method=\"GET\",path=\"/slow\",status=\"200\"}"))
        .isEqualTo(own);
  }

  @Test
  void doNotTrackSkipsTheDefaultMetricsButNotTheRoutesOwn() {
    TestApp app =
        TestApp.of(
            i ->
                List.of(
                    new Route(
                        "GET",
                        "/skip",
                        "SkipRoutes.skip",
                        r -> Outcomes.text("skipped"),
                        i.method("GET", "/skip", MetricDefinition.counter("own_calls", "Own")),
                        true,
                        false)));

    assertThat(app.call("GET", "/skip").bodyAsString()).isEqualTo("skipped");

    Scrape scrape = app.scrape();
    assertThat(scrape.samples(TOTAL)).isEmpty();
    assertThat(scrape.samples(COUNT)).isEmpty();
    assertThat(scrape.value("own_calls_total")).isEqualTo(1.0);
  }

  @Test
  void excludeAllRecordsNothingNotEvenTheInProgressGauge() {
    AtomicReference<Double> inProgressDuringCall = new AtomicReference<>();
    TestApp[] holder = new TestApp[1];
    RouteHandler handler =
        r -> {
          inProgressDuringCall.set(holder[0].scrape().value("in_progress"));
          return Outcomes.text("ok");
        };
    holder[0] =
        TestApp.of(
            i ->
                List.of(
                    new Route(
                        "GET",
                        "/excluded",
                        "Routes.excluded",
                        handler,
                        i.method(
                            "GET",
                            "/excluded",
                            MetricDefinition.gauge("in_progress", "In progress"),
                            MetricDefinition.counter("own_calls", "Own")),
                        false,
                        true),
                    new Route(
                        "GET",
                        "/tracked",
                        "Routes.tracked",
                        handler,
                        i.method("GET", "/tracked", MetricDefinition.gauge("tracked", "In progress")),
                        false,
                        false)));
    TestApp app = holder[0];

    app.call("GET", "/excluded");
    assertThat(inProgressDuringCall.get()).isEqualTo(0.0);
    Scrape scrape = app.scrape();
    assertThat(scrape.value("own_calls_total")).isEqualTo(0.0);
    assertThat(scrape.samples(TOTAL)).isEmpty();

    app.call("GET", "/tracked");
    assertThat(app.scrape().samples(TOTAL))
        .containsExactly("http_request_total{method=\"GET\",status=\"200\"} 1.0");
  }

  @Test
  void inProgressGaugeRisesDuringTheCallAndFallsAfter() {
    AtomicReference<Double> during = new AtomicReference<>();
    TestApp[] holder = new TestApp[1];
    holder[0] =
        TestApp.of(
            i ->
                List.of(
                    new Route(
                        "GET",
                        "/long",
                        "Routes.long",
                        r -> {
                          during.set(holder[0].scrape().value("in_progress"));
                          return Outcomes.text("done");
                        },
                        i.method("GET", "/long", MetricDefinition.gauge("in_progress", "Busy")),
                        false,
                        false)));

    holder[0].call("GET", "/long");

    assertThat(during.get()).isEqualTo(1.0);
    assertThat(holder[0].scrape().value("in_progress")).isEqualTo(0.0);
  }

  @Test
  void everyRouteMetricCountsTrackedAndDoNotTrackRoutesButNotExcludedOnes() {
    MetricDefinition byRoute =
        MetricDefinition.counter("by_route", "Calls by route")
            .label(LabelDefinition.method("method"))
            .label(LabelDefinition.path("path"));
    TestApp app =
        TestApp.of(
            options -> options.everyRoute(byRoute),
            i ->
                List.of(
                    route("GET", "/a", "Routes.a", r -> Outcomes.text("a")),
                    new Route("GET", "/b", "Routes.b", r -> Outcomes.text("b"), MethodMetrics.NONE, true, false),
                    new Route("GET", "/c", "Routes.c", r -> Outcomes.text("c"), MethodMetrics.NONE, false, true)));

    app.call("GET", "/a");
    app.call("GET", "/a");
    app.call("GET", "/b");
    app.call("GET", "/c");

    assertThat(app.scrape().samples("by_route_total"))
        .containsExactlyInAnyOrder(
            "by_route_total{method=\"GET\",path=\"/a\"} 2.0",
            "by_route_total{method=\"GET\",path=\"/b\"} 1.0");
  }

  @Test
  void failingGroupFunctionNeverBreaksTheRequestAndIsLogged() {
    TestApp app =
        TestApp.of(
            options ->
                options.groupBy(
                    GroupBy.custom(
                        "tenant",
                        r -> {
                          throw new IllegalStateException("no tenant");
                        })),
            i -> List.of(route("GET", "/a", "Routes.a", r -> Outcomes.text("a"))));

    try (LogCapture log = LogCapture.of(DefaultSeries.class)) {
      assertThat(app.call("GET", "/a").status()).isEqualTo(200);
      assertThat(log.records()).extracting(LogRecord::getLevel).containsExactly(Level.WARNING);
    }
    assertThat(app.call("GET", "/missing").status()).isEqualTo(404);
    assertThat(app.scrape().samples(TOTAL))
        .containsExactly("http_request_total{method=\"GET\",status=\"404\"} 1.0");
  }

  @Test
  void failingComputedDefaultLabelNeverBreaksTheRequest() {
    TestApp app =
        TestApp.of(
            options ->
                options.defaultLabel(
                    "tenant",
                    r -> {
                      throw new IllegalStateException("no tenant");
                    }),
            i -> List.of(route("GET", "/a", "Routes.a", r -> Outcomes.text("a"))));

    assertThat(app.call("GET", "/a").status()).isEqualTo(200);
    assertThat(app.scrape().samples(TOTAL)).isEmpty();
  }

  @Test
  void routeAtTheMetricsPathIsRefused() {
    assertThatThrownBy(
            () -> TestApp.of(i -> List.of(route("GET", "/metrics", "Routes.mine", r -> null))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Routes.mine");
    TestApp allowed =
        TestApp.of(
            options -> options.metricsPath(null),
            i -> List.of(route("GET", "/metrics", "Routes.mine", r -> Outcomes.text("mine"))));
    assertThat(allowed.call("GET", "/metrics").bodyAsString()).isEqualTo("mine");
  }

  @Test
  void metricsTextRendersTheRegistry() {
    TestApp app = items(r -> Outcomes.text("x"));
    app.call("GET", "/items/a");

    Scrape scrape = Scrape.of(app.promwire.metricsText());

    assertThat(scrape.type(TOTAL)).isEqualTo("# TYPE http_request_total counter");
    assertThat(scrape.samples(TOTAL))
        .containsExactly("http_request_total{method=\"GET\",status=\"200\"} 1.0");
  }
}
