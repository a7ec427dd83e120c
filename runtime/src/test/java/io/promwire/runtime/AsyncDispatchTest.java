package io.promwire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.internal.Route;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Routes that answer through a {@code CompletionStage}: every metric is recorded when the stage
 * completes, fails, is cancelled or times out, and gauges come back down.
 */
class AsyncDispatchTest {
  private static final String OWN = "own_calls_total";
  private static final String BUSY = "own_in_progress";
  private static final String EXCEPTIONS = "http_request_exceptions_total";

  /** The stage the route returns next; the test completes it. */
  private final AtomicReference<CompletableFuture<Response>> next = new AtomicReference<>();

  private TestApp app(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return TestApp.of(
        options,
        i ->
            List.of(
                Route.async("GET", "/later", "Routes.later", request -> next.get())
                    .recording(
                        MetricDefinition.counter("own_calls", "Own calls")
                            .label(LabelDefinition.status("status"))
                            .label(LabelDefinition.exception("exception")),
                        MetricDefinition.gauge(BUSY, "Calls in progress"))));
  }

  private TestApp app() {
    return app(options -> options);
  }

  private CompletableFuture<Response> dispatch(TestApp app) {
    next.set(new CompletableFuture<>());
    return app.promwire
        .dispatchAsync(Request.fromRawPath("GET", "/later", null, Map.of(), new byte[0]))
        .toCompletableFuture();
  }

  private static Response answer(CompletableFuture<Response> answer) throws Exception {
    return answer.get(10, TimeUnit.SECONDS);
  }

  @Test
  void aCompletedStageIsTheAnswerAndIsRecordedOnlyThen() throws Exception {
    TestApp app = app();
    CompletableFuture<Response> answer = dispatch(app);

    assertThat(answer).isNotDone();
    assertThat(app.scrape().value(BUSY)).isEqualTo(1.0);
    assertThat(app.scrape().samples("http_request_total")).isEmpty();

    next.get().complete(Response.status(201).text("made"));

    Response response = answer(answer);
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.bodyAsString()).isEqualTo("made");
    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .containsExactly(Scrape.total("GET", "201", 1.0));
    assertThat(scrape.samples(OWN))
        .containsExactly(OWN + "{exception=\"none\",status=\"201\"} 1.0");
    assertThat(scrape.value(BUSY)).isEqualTo(0.0);
    assertThat(scrape.samples(EXCEPTIONS)).isEmpty();
  }

  @Test
  void aFailedStageIsA500CountedAsAnException() throws Exception {
    TestApp app = app();
    CompletableFuture<Response> answer = dispatch(app);

    // A stage that depends on a failed one fails with a CompletionException around the cause.
    next.get().completeExceptionally(new java.util.concurrent.CompletionException(
        new IllegalStateException("broken")));

    Response response = answer(answer);
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.bodyAsString()).isEqualTo("Internal Server Error");
    Scrape scrape = app.scrape();
    assertThat(scrape.samples(OWN))
        .containsExactly(OWN + "{exception=\"IllegalStateException\",status=\"500\"} 1.0");
    assertThat(scrape.samples(EXCEPTIONS))
        .containsExactly(EXCEPTIONS + "{method=\"GET\",status=\"500\"} 1.0");
    assertThat(scrape.value(BUSY)).isEqualTo(0.0);
  }

  @Test
  void aStageFailedWithAnHttpStatusExceptionIsThatResponse() throws Exception {
    TestApp app = app();
    CompletableFuture<Response> answer = dispatch(app);

    next.get().completeExceptionally(new HttpStatusException(404, "no such thing"));

    Response response = answer(answer);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.bodyAsString()).isEqualTo("no such thing");
    assertThat(app.scrape().samples(OWN))
        .containsExactly(OWN + "{exception=\"HttpStatusException\",status=\"404\"} 1.0");
    assertThat(app.scrape().samples(EXCEPTIONS)).isEmpty();
  }

  @Test
  void exceptionHandlersAnswerFailedStages() throws Exception {
    TestApp app =
        app(
            options ->
                options.exceptionHandler(
                    IllegalArgumentException.class, (e, r) -> Response.status(422).text("bad")));
    CompletableFuture<Response> answer = dispatch(app);

    next.get().completeExceptionally(new NumberFormatException("x"));

    assertThat(answer(answer).status()).isEqualTo(422);
    assertThat(app.scrape().samples(OWN))
        .containsExactly(OWN + "{exception=\"NumberFormatException\",status=\"422\"} 1.0");
    assertThat(app.scrape().samples(EXCEPTIONS)).isEmpty();
  }

  @Test
  void aCancelledStageIsA503NamingTheCancellation() throws Exception {
    TestApp app = app();
    CompletableFuture<Response> answer = dispatch(app);

    try (LogCapture log = LogCapture.of(Dispatcher.class)) {
      next.get().cancel(false);

      Response response = answer(answer);
      assertThat(response.status()).isEqualTo(503);
      assertThat(log.records()).singleElement()
          .satisfies(r -> assertThat(r.getMessage()).contains("was cancelled: answered 503"));
    }
    Scrape scrape = app.scrape();
    assertThat(scrape.samples(OWN))
        .containsExactly(OWN + "{exception=\"CancellationException\",status=\"503\"} 1.0");
    assertThat(scrape.samples(EXCEPTIONS)).as("a 503, not an unhandled exception's 500").isEmpty();
    assertThat(scrape.value(BUSY)).isEqualTo(0.0);
  }

  @Test
  void aStageStillPendingAtTheTimeoutIsA503AndItsLaterResultIsIgnored() throws Exception {
    TestApp app = app(options -> options.asyncTimeout(Duration.ofMillis(50)));
    CompletableFuture<Response> answer = dispatch(app);

    Response response = answer(answer);

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.bodyAsString()).isEqualTo("Service Unavailable");
    assertThat(next.get()).as("the route's own stage is left alone").isNotDone();
    next.get().complete(Response.ok("too late"));
    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .containsExactly(Scrape.total("GET", "503", 1.0));
    assertThat(scrape.samples(OWN))
        .containsExactly(OWN + "{exception=\"TimeoutException\",status=\"503\"} 1.0");
    assertThat(scrape.samples(EXCEPTIONS)).as("a 503, not an unhandled exception's 500").isEmpty();
    assertThat(scrape.value(BUSY)).isEqualTo(0.0);
  }

  @Test
  void aRouteThatThrowsOrReturnsNoStageIsA500() throws Exception {
    TestApp app =
        TestApp.of(
            i ->
                List.of(
                    Route.async(
                        "GET",
                        "/throws",
                        "Routes.throwsNow",
                        request -> {
                          throw new IllegalStateException("before any stage");
                        }),
                    Route.async("GET", "/null", "Routes.none", request -> null)));

    for (String path : List.of("/throws", "/null")) {
      CompletionStage<Response> answer =
          app.promwire.dispatchAsync(Request.fromRawPath("GET", path, null, Map.of(), new byte[0]));
      assertThat(answer(answer.toCompletableFuture()).status()).isEqualTo(500);
    }
    assertThat(app.scrape().samples(EXCEPTIONS))
        .containsExactly(EXCEPTIONS + "{method=\"GET\",status=\"500\"} 2.0");
  }

  @Test
  void dispatchWaitsForTheStage() {
    TestApp app = app();
    CompletableFuture<Response> stage = new CompletableFuture<>();
    next.set(stage);
    CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS)
        .execute(() -> stage.complete(Response.ok("later")));

    Response response = app.call("GET", "/later");

    assertThat(response.bodyAsString()).isEqualTo("later");
    assertThat(app.scrape().samples("http_request_total"))
        .containsExactly(Scrape.total("GET", "200", 1.0));
  }

  @Test
  void synchronousRoutesAnswerWithACompletedStage() {
    TestApp app =
        TestApp.of(
            i -> List.of(TestApp.route("GET", "/now", "Routes.now", r -> Response.ok("now"))));

    CompletionStage<Response> answer =
        app.promwire.dispatchAsync(Request.fromRawPath("GET", "/now", null, Map.of(), new byte[0]));

    assertThat(answer.toCompletableFuture()).isCompletedWithValueMatching(
        r -> r.bodyAsString().equals("now"));
    assertThat(
            app.promwire
                .dispatchAsync(Request.fromRawPath("GET", "/none", null, Map.of(), new byte[0]))
                .toCompletableFuture())
        .isCompletedWithValueMatching(r -> r.status() == 404);
  }

  @Test
  void theTimeoutMustBePositive() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PromwireOptions.builder().asyncTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asyncTimeout must be positive");
  }
}
