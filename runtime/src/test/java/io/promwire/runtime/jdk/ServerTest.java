package io.promwire.runtime.jdk;

import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.TestApp;
import io.promwire.runtime.Scrape;
import io.promwire.runtime.MetricsAuth;
import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.promwire.runtime.internal.Outcomes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final String BASIC_GOOD = basic("prom", "s3cret");
  private static final String BASIC_BAD = basic("prom", "guess");

  private final CountDownLatch slowEntered = new CountDownLatch(1);
  private final CountDownLatch slowRelease = new CountDownLatch(1);

  private TestApp app(Function<PromwireOptions.Builder, PromwireOptions.Builder> options) {
    return TestApp.of(
        options,
        i ->
            List.of(
                route("GET", "/hello", "Routes.hello", r -> Outcomes.text("Hello World!")),
                route("GET", "/empty", "Routes.empty", r -> Outcomes.noContent()),
                route("POST", "/echo", "Routes.echo", r -> Outcomes.text(r.bodyAsString())),
                route(
                    "GET",
                    "/greet/{name}",
                    "Routes.greet",
                    r ->
                        Outcomes.text(
                            r.header("x-greeting")
                                + " "
                                + r.pathParam("name")
                                + r.queryParams("mark"))),
                route(
                    "GET",
                    "/boom",
                    "Routes.boom",
                    r -> {
                      throw new IllegalStateException("internal detail");
                    }),
                route(
                    "GET",
                    "/interrupts-itself",
                    "Routes.interruptsItself",
                    r -> {
                      Thread.currentThread().interrupt();
                      return Outcomes.text("still answered");
                    }),
                route(
                    "GET",
                    "/interrupted",
                    "Routes.interrupted",
                    r -> {
                      throw new InterruptedException("handler was interrupted");
                    }),
                route(
                    "GET",
                    "/slow",
                    "Routes.slow",
                    r -> {
                      slowEntered.countDown();
                      slowRelease.await();
                      return Outcomes.text("finished");
                    })));
  }

  private static PromwireServer serve(
      TestApp app, Function<ServerOptions.Builder, ServerOptions.Builder> options) {
    return app.promwire.serve(
        options.apply(ServerOptions.builder().bindAddress("127.0.0.1").port(0)).build());
  }

  private static PromwireServer serve(TestApp app) {
    return serve(app, options -> options);
  }

  private static HttpResponse<String> send(
      int port, String method, String target, String... headers)
      throws IOException, InterruptedException {
    return CLIENT.send(
        request(port, method, target, headers), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest request(int port, String method, String target, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder.build();
  }

  private static String basic(String user, String password) {
    byte[] credentials = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(credentials);
  }

  @Test
  void servesRoutesOnTheFreePortItPicked() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      assertThat(server.port()).isPositive();
      assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();

      HttpResponse<String> response = send(server.port(), "GET", "/hello");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("Hello World!");
      assertThat(response.headers().firstValue("Content-Length")).hasValue("12");
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("text/plain; charset=utf-8");
    }
  }

  @Test
  void turnsNaglesAlgorithmOffUnlessTheUserChose() {
    String property = PromwireServer.NO_DELAY_PROPERTY;
    try {
      System.clearProperty(property);
      try (PromwireServer server = serve(app(options -> options))) {
        assertThat(System.getProperty(property)).isEqualTo("true");
      }
      System.setProperty(property, "false");
      try (PromwireServer server = serve(app(options -> options))) {
        assertThat(System.getProperty(property)).isEqualTo("false");
      }
    } finally {
      System.setProperty(property, "true");
    }
  }

  @Test
  void anInterruptLeftByAHandlerDoesNotCostTheAnswerOrTheWorker() throws Exception {
    try (PromwireServer server = serve(app(options -> options.jvmMetrics(false)))) {
      HttpResponse<String> kept = send(server.port(), "GET", "/interrupts-itself");
      HttpResponse<String> failed = send(server.port(), "GET", "/interrupted");

      assertThat(kept.statusCode()).isEqualTo(200);
      assertThat(kept.body()).isEqualTo("still answered");
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).isEqualTo("Internal Server Error");
      for (int i = 0; i < 20; i++) {
        assertThat(send(server.port(), "GET", "/hello").body()).isEqualTo("Hello World!");
      }
    }
  }

  @Test
  void servesOnEveryInterfaceByDefault() throws Exception {
    try (PromwireServer server = app(options -> options).promwire.serve(0)) {
      assertThat(server.address().getAddress().isAnyLocalAddress()).isTrue();
      assertThat(send(server.port(), "GET", "/hello").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void headAnswersWithTheGetLengthAndNoBody() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      HttpResponse<String> response = send(server.port(), "HEAD", "/hello");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEmpty();
      assertThat(response.headers().firstValue("Content-Length")).hasValue("12");
    }
  }

  @Test
  void noContentHasNoBody() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      HttpResponse<String> response = send(server.port(), "GET", "/empty");

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.body()).isEmpty();
    }
  }

  @Test
  void requestCarriesHeadersIgnoringCaseAndDecodedParameters() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      HttpResponse<String> response =
          send(
              server.port(),
              "GET",
              "/greet/J%C3%BCrgen%2FJo?mark=%21&mark=a+b",
              "X-Greeting",
              "Hallo");

      assertThat(response.body()).isEqualTo("Hallo Jürgen/Jo[!, a b]");
    }
  }

  @Test
  void requestBodyIsReadUpToTheLimit() throws Exception {
    try (PromwireServer server = serve(app(options -> options), o -> o.maxRequestBodyBytes(5))) {
      HttpResponse<String> withinLimit = post(server, "hello");
      HttpResponse<String> beyondLimit = post(server, "hello!");

      assertThat(withinLimit.statusCode()).isEqualTo(200);
      assertThat(withinLimit.body()).isEqualTo("hello");
      assertThat(beyondLimit.statusCode()).isEqualTo(413);
    }
  }

  private static HttpResponse<String> post(PromwireServer server, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/echo"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void routingAndHandlerErrorsReachTheClient() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      int port = server.port();

      assertThat(send(port, "GET", "/nope").statusCode()).isEqualTo(404);
      assertThat(send(port, "GET", "/hello%C3").statusCode()).isEqualTo(400);
      HttpResponse<String> notAllowed = send(port, "DELETE", "/hello");
      assertThat(notAllowed.statusCode()).isEqualTo(405);
      assertThat(notAllowed.headers().firstValue("Allow")).hasValue("GET, HEAD");
      HttpResponse<String> failed = send(port, "GET", "/boom");
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).isEqualTo("Internal Server Error");
    }
  }

  @Test
  void metricsEndpointServesTheTextFormatAndIsNeverMeasured() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      send(server.port(), "GET", "/hello");
      send(server.port(), "GET", "/metrics");

      HttpResponse<String> scrape = send(server.port(), "GET", "/metrics");

      assertThat(scrape.statusCode()).isEqualTo(200);
      assertThat(scrape.headers().firstValue("Content-Type"))
          .hasValue("text/plain; version=0.0.4; charset=utf-8");
      Scrape metrics = Scrape.of(scrape.body());
      assertThat(metrics.samples("http_request_total"))
          .containsExactly(Scrape.total("GET", "200", 1.0));
      assertThat(metrics.text()).doesNotContain("/metrics");
    }
  }

  @Test
  void metricsPathMatchesExactlyAndOtherPathsAreRouted() throws Exception {
    TestApp app = app(options -> options);
    try (PromwireServer server = serve(app)) {
      assertThat(send(server.port(), "GET", "/metricsX").statusCode()).isEqualTo(404);
      assertThat(send(server.port(), "GET", "/metrics/").statusCode()).isEqualTo(404);
    }
    assertThat(app.scrape().samples("http_request_duration_seconds_count"))
        .containsExactly(Scrape.durationCount("GET", "<unmatched>", "404", 2));
  }

  @Test
  void metricsPathCanBeMovedOrTurnedOff() throws Exception {
    try (PromwireServer moved = serve(app(options -> options.metricsPath("/prometheus")));
        PromwireServer off = serve(app(options -> options.metricsPath(null)))) {
      assertThat(send(moved.port(), "GET", "/prometheus").body()).contains("# TYPE");
      assertThat(send(moved.port(), "GET", "/metrics").statusCode()).isEqualTo(404);
      assertThat(send(off.port(), "GET", "/metrics").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void openMetricsWhenTheScraperAsksForIt() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      HttpResponse<String> scrape =
          send(
              server.port(),
              "GET",
              "/metrics",
              "Accept",
              "application/openmetrics-text; version=1.0.0; charset=utf-8");

      assertThat(scrape.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/openmetrics-text");
      assertThat(scrape.body()).endsWith("# EOF\n");
    }
  }

  @Test
  void nameFilterSelectsMetrics() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      send(server.port(), "GET", "/hello");

      HttpResponse<String> scrape =
          send(server.port(), "GET", "/metrics?name%5B%5D=http_request_total");

      assertThat(Scrape.of(scrape.body()).families()).containsExactly("http_request_total");
    }
  }

  @Test
  void gzipWhenTheScraperAcceptsIt() throws Exception {
    try (PromwireServer server = serve(app(options -> options))) {
      HttpResponse<String> scrape =
          send(server.port(), "GET", "/metrics", "Accept-Encoding", "gzip");

      assertThat(scrape.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic", "bearer"})
  void metricsAuthGuardsTheMetricsOfBothServersButNoRoute(String kind) throws Exception {
    MetricsAuth auth =
        kind.equals("basic") ? MetricsAuth.basic("prom", "s3cret") : MetricsAuth.bearer("t0ken");
    String good = kind.equals("basic") ? BASIC_GOOD : "Bearer t0ken";
    String bad = kind.equals("basic") ? BASIC_BAD : "Bearer guess";
    TestApp app = app(options -> options.metricsAuth(auth));
    try (PromwireServer server = serve(app);
        PromwireServer metricsServer = app.promwire.serveMetrics("127.0.0.1", 0)) {
      for (int port : new int[] {server.port(), metricsServer.port()}) {
        HttpResponse<String> anonymous = send(port, "GET", "/metrics");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
            .hasValue(auth.challenge());
        assertThat(send(port, "GET", "/metrics", "Authorization", bad).statusCode())
            .isEqualTo(401);
        HttpResponse<String> allowed = send(port, "GET", "/metrics", "Authorization", good);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).contains("exporter_info{version=");
      }
      assertThat(send(server.port(), "GET", "/hello").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void metricsOnASeparatePortOnly() throws Exception {
    TestApp app = app(options -> options.metricsPath(null));
    try (PromwireServer server = serve(app);
        PromwireServer metricsServer = app.promwire.serveMetrics("127.0.0.1", 0)) {
      send(server.port(), "GET", "/hello");

      HttpResponse<String> scrape = send(metricsServer.port(), "GET", "/metrics");

      assertThat(send(server.port(), "GET", "/metrics").statusCode()).isEqualTo(404);
      assertThat(Scrape.of(scrape.body()).samples("http_request_total"))
          .containsExactly(Scrape.total("GET", "200", 1.0));
    }
  }

  @Test
  void gracefulStopLetsTheRequestInFlightFinish() throws Exception {
    PromwireServer server =
        serve(app(options -> options), options -> options.stopTimeout(Duration.ofSeconds(30)));
    CompletableFuture<HttpResponse<String>> inFlight =
        CLIENT.sendAsync(
            request(server.port(), "GET", "/slow"), HttpResponse.BodyHandlers.ofString());
    assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

    Thread stopper = new Thread(server::stop);
    stopper.start();
    awaitRefused(server.port());
    assertThat(stopper.isAlive()).isTrue();
    slowRelease.countDown();

    HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
    stopper.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(stopper.isAlive()).isFalse();
  }

  @Test
  void gracefulStopAlsoFinishesRequestsStillQueuedForAThread() throws Exception {
    // JDK 17's server hands a connection to the executor once its request arrived, and its stop
    // waits for it. Newer servers (seen on JDK 25) queue a connection as soon as it is accepted
    // and close it at stop if its exchange has not started: that request is the JDK's to drop.
    assumeTrue(
        Runtime.version().feature() < 25,
        "the JDK's own stop closes connections whose exchange has not started");
    ThreadPoolExecutor oneThread =
        new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    try {
      PromwireServer server =
          serve(
              app(options -> options),
              options -> options.executor(oneThread).stopTimeout(Duration.ofSeconds(30)));
      CompletableFuture<HttpResponse<String>> running =
          CLIENT.sendAsync(
              request(server.port(), "GET", "/slow"), HttpResponse.BodyHandlers.ofString());
      assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<HttpResponse<String>> queued =
          CLIENT.sendAsync(
              request(server.port(), "GET", "/hello"), HttpResponse.BodyHandlers.ofString());
      while (oneThread.getQueue().isEmpty()) {
        Thread.sleep(5);
      }

      Thread stopper = new Thread(server::stop);
      stopper.start();
      awaitRefused(server.port());
      slowRelease.countDown();

      assertThat(running.get(10, TimeUnit.SECONDS).body()).isEqualTo("finished");
      assertThat(queued.get(10, TimeUnit.SECONDS).body()).isEqualTo("Hello World!");
      stopper.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(stopper.isAlive()).isFalse();
    } finally {
      oneThread.shutdownNow();
    }
  }

  /** Waits until the server stopped accepting connections. */
  private static void awaitRefused(int port) throws InterruptedException {
    for (int attempt = 0; attempt < 500; attempt++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port));
      } catch (SocketException refused) {
        // Refused, or reset when the listening socket closed with this connection in its queue.
        return;
      } catch (IOException other) {
        throw new AssertionError(other);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the server still accepts connections");
  }

  @Test
  void stopIsIdempotentAndEndsListening() throws Exception {
    PromwireServer server = serve(app(options -> options));
    int port = server.port();

    server.stop();
    server.stop(Duration.ZERO);
    server.close();

    assertThatThrownBy(() -> send(port, "GET", "/hello")).isInstanceOf(IOException.class);
  }

  @Test
  void givenExecutorRunsTheRequestsAndOutlivesTheServer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger tasks = new AtomicInteger();
    Executor counting =
        task -> {
          tasks.incrementAndGet();
          pool.execute(task);
        };
    try (PromwireServer server = serve(app(options -> options), o -> o.executor(counting))) {
      assertThat(send(server.port(), "GET", "/hello").statusCode()).isEqualTo(200);
    }
    assertThat(tasks.get()).isPositive();
    assertThat(pool.isShutdown()).isFalse();
    pool.shutdown();
  }
}
