package io.promwire.runtime;

import io.promwire.runtime.internal.RouteHandler;
import static io.promwire.runtime.TestApp.flagged;
import static io.promwire.runtime.TestApp.route;
import static io.promwire.runtime.TestApp.withOwnMetrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promwire.runtime.internal.Outcomes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DispatchTest {
  private static final String TOTAL = "http_request_total";
  private static final String COUNT = "http_request_duration_seconds_count";
  private static final String EXCEPTIONS = "http_request_exceptions_total";
  private static final RouteHandler OK = r -> Outcomes.text("ok");
  private static final MetricDefinition OWN_CALLS = MetricDefinition.counter("own_calls", "Own");
  private static final MetricDefinition IN_PROGRESS =
      MetricDefinition.gauge("in_progress", "In progress");

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
        .containsExactly(Scrape.total("GET", "200", 1.0));
    assertThat(scrape.samples(COUNT))
        .containsExactly(Scrape.durationCount("GET", "/items/{type}", "200", 1));
    assertThat(scrape.samples(EXCEPTIONS)).isEmpty();
    assertThat(scrape.type("http_request_duration_seconds"))
        .isEqualTo("# TYPE http_request_duration_seconds histogram");
  }

  @Test
  void theHandlerGetsARoutedCopyAndTheDispatchedRequestIsUnchanged() {
    AtomicReference<Request> seen = new AtomicReference<>();
    TestApp app =
        items(
            r -> {
              seen.set(r);
              return Outcomes.text("ok");
            });
    Request sent = Request.fromRawPath("GET", "/items/a%20b", "q=1", Map.of(), new byte[0]);

    app.promwire.dispatch(sent);

    assertThat(sent.template()).isNull();
    assertThat(sent.pathParam("type")).isNull();
    assertThat(seen.get()).isNotSameAs(sent);
    assertThat(seen.get().template()).isEqualTo("/items/{type}");
    assertThat(seen.get().pathParam("type")).isEqualTo("a b");
    assertThat(seen.get().path()).isEqualTo("/items/a b");
    assertThat(seen.get().rawQuery()).isEqualTo("q=1");
  }

  @Test
  void exporterInfoCarriesTheLibraryVersion() {
    TestApp app = items(OK);

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
        .containsExactly(Scrape.total("GET", "409", 1.0));
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
        .containsExactly(Scrape.total("GET", "500", 1.0));
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

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "GET,    /items/book, 200, GET,    /items/{type}",
    "HEAD,   /items/book, 200, HEAD,   /items/{type}",
    "DELETE, /items/book, 405, DELETE, /items/{type}",
    "GET,    /nothing,    404, GET,    <unmatched>",
    "BREW,   /coffee,     404, _OTHER, <unmatched>",
    "GET,    /items/%zz,  400, GET,    <unmatched>",
  })
  void everyRequestIsRecordedUnderItsRouteOrTheSharedUnmatchedPath(
      String method, String target, int status, String recordedMethod, String recordedPath) {
    TestApp app = items(r -> Outcomes.text("book"));

    assertThat(app.call(method, target).status()).isEqualTo(status);

    Scrape scrape = app.scrape();
    assertThat(scrape.samples(COUNT))
        .containsExactly(
            Scrape.durationCount(recordedMethod, recordedPath, String.valueOf(status), 1));
    assertThat(scrape.samples(TOTAL))
        .containsExactly(Scrape.total(recordedMethod, String.valueOf(status), 1.0));
  }

  @Test
  void methodNotAllowedNamesTheMethodsThatWouldBeServed() {
    Response response = items(OK).call("DELETE", "/items/book");

    assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void headResponseKeepsTheBodyForTheServerToDrop() {
    assertThat(items(r -> Outcomes.text("book")).call("HEAD", "/items/a").bodyAsString())
        .isEqualTo("book");
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
            Scrape.total("GET", "200", 2.0),
            Scrape.total("GET", "404", 1.0));
  }

  @Test
  void defaultAndOwnMetricsShareOneDuration() {
    RouteHandler slow =
        r -> {
          Thread.sleep(2);
          return Outcomes.text("done");
        };
    TestApp app =
        TestApp.of(
            i ->
                List.of(
                    withOwnMetrics(
                        i, "/slow", slow, MetricDefinition.histogram("own_seconds", "Own", 1))));

    app.call("GET", "/slow");

    Scrape scrape = app.scrape();
    Double own = scrape.value("own_seconds_sum");
    assertThat(own).isPositive();
    assertThat(
            scrape.value(
                "http_request_duration_seconds_sum{method=\"GET\",path=\"/slow\",status=\"200\"}"))
        .isEqualTo(own);
  }

  @Test
  void doNotTrackSkipsTheDefaultMetricsButNotTheRoutesOwn() {
    TestApp app =
        TestApp.of(
            i -> List.of(flagged(withOwnMetrics(i, "/skip", OK, OWN_CALLS), true, false)));

    assertThat(app.call("GET", "/skip").status()).isEqualTo(200);

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
                    flagged(
                        withOwnMetrics(i, "/excluded", handler, IN_PROGRESS, OWN_CALLS),
                        false,
                        true),
                    route("GET", "/tracked", "Routes.tracked", OK)));
    TestApp app = holder[0];

    app.call("GET", "/excluded");
    assertThat(inProgressDuringCall.get()).isEqualTo(0.0);
    Scrape scrape = app.scrape();
    assertThat(scrape.value("own_calls_total")).isEqualTo(0.0);
    assertThat(scrape.samples(TOTAL)).isEmpty();

    app.call("GET", "/tracked");
    assertThat(app.scrape().samples(TOTAL)).containsExactly(Scrape.total("GET", "200", 1.0));
  }

  @Test
  void inProgressGaugeRisesDuringTheCallAndFallsAfter() {
    AtomicReference<Double> during = new AtomicReference<>();
    TestApp[] holder = new TestApp[1];
    RouteHandler handler =
        r -> {
          during.set(holder[0].scrape().value("in_progress"));
          return Outcomes.text("done");
        };
    holder[0] = TestApp.of(i -> List.of(withOwnMetrics(i, "/long", handler, IN_PROGRESS)));

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
                    route("GET", "/a", "Routes.a", OK),
                    flagged(route("GET", "/b", "Routes.b", OK), true, false),
                    flagged(route("GET", "/c", "Routes.c", OK), false, true)));

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
    TestApp app = items(OK);
    app.call("GET", "/items/a");

    Scrape scrape = Scrape.of(app.promwire.metricsText());

    assertThat(scrape.type(TOTAL)).isEqualTo("# TYPE http_request_total counter");
    assertThat(scrape.samples(TOTAL))
        .containsExactly(Scrape.total("GET", "200", 1.0));
  }
}
