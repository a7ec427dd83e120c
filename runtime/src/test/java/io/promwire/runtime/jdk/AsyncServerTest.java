package io.promwire.runtime.jdk;

import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Response;
import io.promwire.runtime.Scrape;
import io.promwire.runtime.TestApp;
import io.promwire.runtime.internal.Outcomes;
import io.promwire.runtime.internal.Route;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Routes that answer later on the JDK server: a pending stage holds its exchange, not a worker,
 * and its answer is written when it completes. Loopback only; every wait is bounded.
 */
class AsyncServerTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String BUSY = "later_in_progress";
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** Completes every pending stage when the test says so. */
  private final CompletableFuture<String> release = new CompletableFuture<>();
  private final ExecutorService workers = Executors.newFixedThreadPool(2);
  private PromwireServer server;

  @AfterEach
  void stop() {
    release.complete("cleanup");
    if (server != null) {
      server.stop(Duration.ZERO);
    }
    workers.shutdownNow();
  }

  private TestApp start(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    TestApp app =
        TestApp.of(
            options,
            i ->
                List.of(
                    Route.async(
                            "GET",
                            "/later",
                            "Routes.later",
                            request -> release.thenApply(Outcomes::text))
                        .recording(MetricDefinition.gauge(BUSY, "Requests waiting")),
                    Route.async(
                        "GET",
                        "/never",
                        "Routes.never",
                        request -> new CompletableFuture<Response>()),
                    route("GET", "/now", "Routes.now", request -> Outcomes.text("now"))));
    // Two workers: without freeing them, two pending requests would stall the server.
    server =
        PromwireServer.start(
            app.promwire, ServerOptions.builder().port(0).executor(workers).build());
    return app;
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private CompletableFuture<HttpResponse<String>> send(String path) {
    return CLIENT.sendAsync(
        HttpRequest.newBuilder(uri(path)).timeout(WAIT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void manyPendingStagesHoldNoWorker() throws Exception {
    TestApp app = start(options -> options);
    int pending = 200;
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < pending; i++) {
      answers.add(send("/later"));
    }
    awaitGauge(app, pending);

    // Both workers are free: a synchronous route and the metrics are answered meanwhile.
    assertThat(send("/now").get(WAIT.toSeconds(), TimeUnit.SECONDS).body()).isEqualTo("now");
    assertThat(send("/metrics").get(WAIT.toSeconds(), TimeUnit.SECONDS).body())
        .contains(BUSY + " " + (double) pending);
    assertThat(answers).noneMatch(CompletableFuture::isDone);

    release.complete("done");

    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("done");
    }
    Scrape scrape = app.scrape();
    assertThat(scrape.samples("http_request_total"))
        .containsExactly(Scrape.total("GET", "200", pending + 1.0));
    assertThat(scrape.value(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/later\",status=\"200\"}"))
        .isEqualTo((double) pending);
    assertThat(scrape.value(BUSY)).isEqualTo(0.0);
  }

  @Test
  void aStageThatNeverCompletesIsAnswered503AtTheTimeout() throws Exception {
    TestApp app = start(options -> options.asyncTimeout(Duration.ofMillis(200)));

    HttpResponse<String> response = send("/never").get(WAIT.toSeconds(), TimeUnit.SECONDS);

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).isEqualTo("Service Unavailable");
    assertThat(app.scrape().samples("http_request_total"))
        .containsExactly(Scrape.total("GET", "503", 1.0));
  }

  @Test
  void aGracefulStopWaitsForPendingStages() throws Exception {
    TestApp app = start(options -> options);
    CompletableFuture<HttpResponse<String>> answer = send("/later");
    awaitGauge(app, 1);
    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS)
        .execute(() -> release.complete("finished"));

    server.stop(WAIT);

    HttpResponse<String> response = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
  }

  /** Waits, within a bound, until the route's gauge shows this many requests pending. */
  private static void awaitGauge(TestApp app, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!Double.valueOf(expected).equals(app.scrape().value(BUSY))) {
      assertThat(System.nanoTime())
          .as("%d requests pending in time", expected)
          .isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
