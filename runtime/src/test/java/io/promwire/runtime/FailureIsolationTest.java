package io.promwire.runtime;

import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;
import static io.promwire.runtime.TestApp.route;
import static io.promwire.runtime.TestApp.withOwnMetrics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promwire.runtime.internal.Outcomes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/**
 * Label sources and handlers that fail: the request still gets its answer, the metrics record what
 * they can under a documented value, and promwire's own counter says it happened.
 */
class FailureIsolationTest {
  private static final String ERRORS = "promwire_label_errors_total";

  /** An Error that is not a VirtualMachineError: a bug, not a JVM in trouble. */
  static final class Broken extends Error {
    Broken() {
      super("broken invariant");
    }
  }

  /** Answers as the {@code mode} query parameter says: a value, null, or a throw. */
  private static final LabelResolver RESOLVER =
      (request, response, error) -> {
        String mode = request.queryParam("mode");
        return switch (mode) {
          case "throw" -> throw new IllegalStateException("resolver bug");
          case "error" -> throw new Broken();
          case "null" -> null;
          default -> mode;
        };
      };

  private static TestApp app(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return TestApp.of(
        options,
        i ->
            List.of(
                withOwnMetrics(
                    i,
                    "/resolved",
                    r -> Outcomes.text("ok"),
                    MetricDefinition.counter("resolved", "Calls by resolved label")
                        .label(LabelDefinition.resolver("who", RESOLVER))),
                withOwnMetrics(
                    i,
                    "/busy",
                    r -> Outcomes.text("done"),
                    MetricDefinition.gauge("busy", "Calls in progress")),
                withOwnMetrics(
                    i,
                    "/fail/{kind}",
                    r -> {
                      throw switch (r.pathParam("kind")) {
                        case "assertion" -> new AssertionError("handler bug");
                        case "broken" -> new Broken();
                        default -> new StackOverflowError();
                      };
                    },
                    MetricDefinition.counter("failures", "Failed calls")
                        .label(LabelDefinition.exception("exception"))),
                route("GET", "/plain", "Routes.plain", r -> Outcomes.text("plain"))));
  }

  private static String tenantHeader(Request request) {
    String tenant = request == null ? null : request.header("X-Tenant");
    if ("throw".equals(tenant)) {
      throw new IllegalArgumentException("tenant function bug");
    }
    return tenant;
  }

  @Test
  void aResolverThatThrowsGivesTheErrorValueIsCountedAndLoggedOnce() {
    TestApp app = app(options -> options);

    try (LogCapture log = LogCapture.of("io.promwire.runtime.internal.SeriesGuard")) {
      assertThat(app.call("GET", "/resolved?mode=throw").bodyAsString()).isEqualTo("ok");
      assertThat(app.call("GET", "/resolved?mode=throw").status()).isEqualTo(200);
      assertThat(app.call("GET", "/resolved?mode=error").status()).isEqualTo(200);
      assertThat(app.call("GET", "/resolved?mode=fine").status()).isEqualTo(200);

      assertThat(log.records()).extracting(LogRecord::getLevel).containsExactly(Level.WARNING);
    }
    Scrape scrape = app.scrape();
    assertThat(scrape.samples("resolved_total"))
        .containsExactlyInAnyOrder(
            "resolved_total{who=\"__error__\"} 3.0", "resolved_total{who=\"fine\"} 1.0");
    assertThat(scrape.value(ERRORS + "{metric=\"resolved\"}")).isEqualTo(3.0);
  }

  @Test
  void aResolverThatReturnsNullGivesTheEmptyValueAndIsNoError() {
    TestApp app = app(options -> options);

    assertThat(app.call("GET", "/resolved?mode=null").status()).isEqualTo(200);

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("resolved_total")).containsExactly("resolved_total{who=\"\"} 1.0");
    assertThat(scrape.value(ERRORS + "{metric=\"resolved\"}")).isEqualTo(0.0);
  }

  @Test
  void aComputedDefaultLabelThatThrowsGivesTheErrorValueOnEveryMetric() {
    TestApp app = app(options -> options.defaultLabel("tenant", FailureIsolationTest::tenantHeader));

    assertThat(call(app, "/resolved?mode=fine", "throw").status()).isEqualTo(200);
    assertThat(call(app, "/resolved?mode=fine", null).status()).isEqualTo(200);

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .containsExactlyInAnyOrder(
            "http_request_total{method=\"GET\",status=\"200\",tenant=\"\"} 1.0",
            "http_request_total{method=\"GET\",status=\"200\",tenant=\"__error__\"} 1.0");
    assertThat(scrape.samples("resolved_total"))
        .containsExactlyInAnyOrder(
            "resolved_total{tenant=\"\",who=\"fine\"} 1.0",
            "resolved_total{tenant=\"__error__\",who=\"fine\"} 1.0");
    // Computed once per request for all default metrics, counted under the duration metric.
    assertThat(scrape.value(ERRORS + "{metric=\"http_request_duration_seconds\"}")).isEqualTo(1.0);
    assertThat(scrape.value(ERRORS + "{metric=\"http_request_total\"}")).isEqualTo(0.0);
    assertThat(scrape.value(ERRORS + "{metric=\"resolved\"}")).isEqualTo(1.0);
  }

  @Test
  void aCustomGroupingThatThrowsGivesTheErrorValue() {
    TestApp app =
        app(
            options ->
                options.groupBy(GroupBy.custom("tenant", FailureIsolationTest::tenantHeader)));

    assertThat(call(app, "/plain", "throw").bodyAsString()).isEqualTo("plain");
    assertThat(call(app, "/plain", null).status()).isEqualTo(200);
    assertThat(call(app, "/missing", "throw").status()).isEqualTo(404);

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_duration_seconds_count"))
        .containsExactlyInAnyOrder(
            "http_request_duration_seconds_count{method=\"GET\",status=\"200\",tenant=\"\"} 1",
            "http_request_duration_seconds_count{method=\"GET\",status=\"200\",tenant=\"__error__\"} 1",
            "http_request_duration_seconds_count{method=\"GET\",status=\"404\",tenant=\"<unmatched>\"} 1");
    assertThat(scrape.value(ERRORS + "{metric=\"http_request_duration_seconds\"}")).isEqualTo(1.0);
  }

  @Test
  void aGaugeCountsALabelFailureOnceAndReturnsToZero() {
    TestApp app = app(options -> options.defaultLabel("tenant", FailureIsolationTest::tenantHeader));

    call(app, "/busy", "throw");
    call(app, "/busy", "throw");

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("busy")).containsExactly("busy{tenant=\"__error__\"} 0.0");
    assertThat(scrape.value(ERRORS + "{metric=\"busy\"}")).isEqualTo(2.0);
  }

  @Test
  void handlersThrowingErrorsGetA500AndAreRecorded() {
    TestApp app = app(options -> options);

    for (String kind : List.of("assertion", "broken")) {
      Response response = app.call("GET", "/fail/" + kind);
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.bodyAsString()).isEqualTo("Internal Server Error");
    }
    // A VirtualMachineError goes on up to the server adapter, once recorded.
    assertThatThrownBy(() -> app.call("GET", "/fail/stack")).isInstanceOf(StackOverflowError.class);

    Scrape scrape = app.scrape();
    assertThat(scrape.samples("failures_total"))
        .containsExactlyInAnyOrder(
            "failures_total{exception=\"AssertionError\"} 1.0",
            "failures_total{exception=\"Broken\"} 1.0",
            "failures_total{exception=\"StackOverflowError\"} 1.0");
    assertThat(scrape.samples("http_request_exceptions_total"))
        .containsExactly("http_request_exceptions_total{method=\"GET\",status=\"500\"} 3.0");
  }

  @Test
  void overHttpEveryErrorIsA500AndTheServerGoesOn() throws InterruptedException {
    TestApp app = app(options -> options);
    // The StackOverflowError goes on up to the worker thread, whose default handler would print
    // it on the console: the workers here keep what reaches them for the test to check.
    BlockingQueue<Throwable> reachedWorker = new LinkedBlockingQueue<>();
    ExecutorService workers = Executors.newFixedThreadPool(2);
    Executor keepingEscapes =
        exchange ->
            workers.execute(
                () -> {
                  try {
                    exchange.run();
                  } catch (Throwable escaped) {
                    reachedWorker.add(escaped);
                  }
                });
    try (PromwireServer server =
        app.promwire.serve(
            ServerOptions.builder()
                .bindAddress("127.0.0.1")
                .port(0)
                .executor(keepingEscapes)
                .build())) {
      for (String kind : List.of("assertion", "broken", "stack")) {
        RawHttp.Reply reply = RawHttp.get(server.port(), "/fail/" + kind);
        assertThat(reply.status()).as(kind).isEqualTo(500);
        // A VirtualMachineError reaches the server adapter, which answers without a body.
        assertThat(reply.body()).isIn("Internal Server Error", "");
      }
      assertThat(RawHttp.get(server.port(), "/resolved?mode=error").status()).isEqualTo(200);
      assertThat(RawHttp.get(server.port(), "/plain").body()).isEqualTo("plain");

      // The answer is sent before the error is rethrown: wait for it, a bounded time.
      assertThat(reachedWorker.poll(10, TimeUnit.SECONDS)).isInstanceOf(StackOverflowError.class);
      assertThat(reachedWorker).isEmpty();
    } finally {
      workers.shutdownNow();
    }
  }

  private static Response call(TestApp app, String target, String tenant) {
    return app.call("GET", target, tenant == null ? Map.of() : Map.of("X-Tenant", List.of(tenant)));
  }
}
