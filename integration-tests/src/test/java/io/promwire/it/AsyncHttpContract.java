package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.Promwire;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The routes of {@link AsyncRoutes}, which answer through stages, called and scraped over HTTP:
 * every outcome answered and recorded exactly, gauges back to 0, and many pending stages on a few
 * server threads. Each subclass runs them on one server. Loopback only; every wait is bounded.
 */
abstract class AsyncHttpContract {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Duration ASYNC_TIMEOUT = Duration.ofMillis(300);
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** Serves the wired app on the server under test. */
  abstract RunningApp serve(Promwire wired);

  /** Serves the wired app on the server under test, with at most this many threads. */
  abstract RunningApp serveOnThreads(Promwire wired, int threads);

  /** The app with a short async timeout, so that a stage that never completes is answered soon. */
  private static Promwire wired() {
    return IntegrationHandlers.wire(options -> options.asyncTimeout(ASYNC_TIMEOUT));
  }

  @Test
  void everyWayAStageEndsIsAnsweredAndRecorded() {
    try (RunningApp app = serve(wired())) {
      assertAnswer(app.get("/async/hello"), 200, "hello");
      assertAnswer(app.get("/async/fail"), 500, "Internal Server Error");
      assertAnswer(app.get("/async/missing"), 404, "none");
      assertAnswer(app.get("/async/cancel"), 503, "Service Unavailable");
      assertAnswer(app.get("/async/never"), 503, "Service Unavailable");
      assertAnswer(app.get("/async/created/box"), 201, "box");
      assertThat(app.send("POST", "/async-void").statusCode()).isEqualTo(204);

      assertThat(app.series("async_calls_total"))
          .containsExactly(
              "async_calls_total{exception=\"CancellationException\",status=\"503\"} 1.0",
              "async_calls_total{exception=\"HttpStatusException\",status=\"404\"} 1.0",
              "async_calls_total{exception=\"IllegalStateException\",status=\"500\"} 1.0",
              "async_calls_total{exception=\"TimeoutException\",status=\"503\"} 1.0",
              "async_calls_total{exception=\"none\",status=\"200\"} 1.0");
      assertThat(app.series("async_call_seconds_count"))
          .containsExactly("async_call_seconds_count 5");
      assertThat(app.series("http_request_total"))
          .containsExactly(
              "http_request_total{method=\"GET\",status=\"200\"} 1.0",
              "http_request_total{method=\"GET\",status=\"201\"} 1.0",
              "http_request_total{method=\"GET\",status=\"404\"} 1.0",
              "http_request_total{method=\"GET\",status=\"500\"} 1.0",
              "http_request_total{method=\"GET\",status=\"503\"} 2.0",
              "http_request_total{method=\"POST\",status=\"204\"} 1.0");
      // Only the unhandled exception: the 503s are answers promwire chose.
      assertThat(app.series("http_request_exceptions_total"))
          .containsExactly("http_request_exceptions_total{method=\"GET\",status=\"500\"} 1.0");
      String outcomes =
          "http_request_duration_seconds_count{method=\"GET\",path=\"/async/{outcome}\"";
      assertThat(app.series(outcomes)).hasSize(4);
    }
  }

  @Test
  void manyPendingStagesOnAFewThreads() throws Exception {
    int pending = 150;
    try (RunningApp app = serveOnThreads(IntegrationHandlers.wire(options -> options), 12)) {
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < pending; i++) {
        answers.add(
            CLIENT.sendAsync(
                HttpRequest.newBuilder(app.uri("/held")).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString()));
      }
      awaitHeld(app, pending);
      // The threads are free while the stages wait: other requests are answered meanwhile.
      assertAnswer(app.get("/async/meanwhile"), 200, "meanwhile");
      assertThat(answers).noneMatch(CompletableFuture::isDone);

      assertThat(app.send("POST", "/held/release").statusCode()).isEqualTo(200);

      for (CompletableFuture<HttpResponse<String>> answer : answers) {
        assertAnswer(answer.get(WAIT.toSeconds(), TimeUnit.SECONDS), 200, "released");
      }
      assertThat(app.series("async_held")).containsExactly("async_held 0.0");
      assertThat(app.series("http_request_duration_seconds_count{method=\"GET\",path=\"/held\""))
          .containsExactly(
              "http_request_duration_seconds_count{method=\"GET\",path=\"/held\",status=\"200\"} "
                  + pending);
    }
  }

  private static void awaitHeld(RunningApp app, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    String held = "async_held " + (double) expected;
    while (!app.series("async_held").contains(held)) {
      assertThat(System.nanoTime())
          .as("%d requests held, have %s", expected, app.series("async_held"))
          .isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static void assertAnswer(HttpResponse<String> response, int status, String body) {
    assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
    assertThat(response.body()).isEqualTo(body);
  }
}
