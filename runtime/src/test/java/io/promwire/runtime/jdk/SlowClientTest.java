package io.promwire.runtime.jdk;

import io.promwire.runtime.TestApp;
import io.promwire.runtime.RawHttp;
import io.promwire.runtime.LogCapture;
import io.promwire.runtime.Scrape;
import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.internal.Outcomes;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that start a request and never finish it. The server runs on two worker threads, so two
 * such clients would stop it for good if nothing freed the workers.
 */
class SlowClientTest {
  private static final Duration READ_TIMEOUT = Duration.ofMillis(300);
  private static final Duration WRITE_TIMEOUT = Duration.ofMillis(300);
  private static final int WORKERS = 2;
  /** More than loopback buffers hold for a client that does not read. */
  private static final int BIG_ANSWER_BYTES = 4 * 1024 * 1024;

  private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
  /** Counted down when {@code /upload-slowly} starts reading its body. */
  private final CountDownLatch reading = new CountDownLatch(1);
  private final TestApp app =
      TestApp.of(
          i ->
              List.of(
                  route("GET", "/hello", "Routes.hello", r -> Outcomes.text("hi")),
                  route(
                      "POST",
                      "/upload",
                      "Routes.upload",
                      r -> Outcomes.text("stored " + r.body().length)),
                  route(
                      "POST",
                      "/upload-slowly",
                      "Routes.uploadSlowly",
                      r -> {
                        reading.countDown();
                        return Outcomes.text("stored " + r.body().length);
                      }),
                  route("POST", "/ping", "Routes.ping", r -> Outcomes.text("pong")),
                  route(
                      "GET",
                      "/big",
                      "Routes.big",
                      r -> Outcomes.text("x".repeat(BIG_ANSWER_BYTES))),
                  // Sleeping throws if an interrupt meant for a slow client leaked to this thread.
                  route(
                      "GET",
                      "/nap",
                      "Routes.nap",
                      r -> {
                        Thread.sleep(Long.parseLong(r.queryParam("ms")));
                        return Outcomes.text("rested");
                      })));
  private PromwireServer server = serve(workers);
  private final List<Socket> slowClients = new ArrayList<>();

  private PromwireServer serve(Executor executor) {
    return app.promwire.serve(
        ServerOptions.builder()
            .bindAddress("127.0.0.1")
            .port(0)
            .executor(executor)
            .requestReadTimeout(READ_TIMEOUT)
            .responseWriteTimeout(WRITE_TIMEOUT)
            .build());
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : slowClients) {
      socket.close();
    }
    server.stop();
    workers.shutdownNow();
  }

  @Test
  void unfinishedRequestLinesAndHeadersAreCutOffAndTheWorkersServeOthers() throws Exception {
    for (int i = 0; i < 2 * WORKERS; i++) {
      slowClient(i % 2 == 0 ? "GET /hel" : "GET /hello HTTP/1.1\r\nHost: x\r\nX-Half: ");
    }

    // Without the deadline both workers would wait for these clients forever.
    assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(200);
    for (Socket slow : slowClients) {
      assertThat(RawHttp.closedByServer(slow)).isTrue();
    }
  }

  @Test
  void anUnfinishedBodyIsCutOff() throws Exception {
    Socket slow =
        slowClient("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten..");

    assertThat(RawHttp.closedByServer(slow)).isTrue();
    assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(200);
  }

  /**
   * A route that never asks for the body answers at once, without waiting for a body that may never
   * come, and the connection is closed rather than drained: the worker is not held.
   */
  @Test
  void aRouteThatTakesNoBodyAnswersAtOnceAndClosesUnread() throws Exception {
    for (int i = 0; i < 2 * WORKERS; i++) {
      Socket slow = slowClient("POST /ping HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n");
      RawHttp.Reply reply = RawHttp.read(slow.getInputStream());
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header("Connection")).isEqualTo("close");
      assertThat(RawHttp.closedByServer(slow)).isTrue();
    }
    assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(200);
  }

  /** Unmatched requests and 405s never read their bodies either. */
  @Test
  void unmatchedAndRefusedMethodsAnswerWithoutReadingTheBody() throws Exception {
    for (String start : List.of("POST /nowhere", "PUT /hello", "DELETE /upload")) {
      Socket slow = slowClient(start + " HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n");
      int status = RawHttp.read(slow.getInputStream()).status();
      assertThat(status).as(start).isIn(404, 405);
      assertThat(RawHttp.closedByServer(slow)).isTrue();
    }
  }

  /**
   * Clients that pipeline requests and never read the answers: without a write deadline each holds
   * a worker in a socket write for as long as it stays connected.
   */
  @Test
  void clientsThatNeverReadTheirAnswersAreCutOff() throws Exception {
    for (int i = 0; i < 2 * WORKERS; i++) {
      Socket deaf = RawHttp.connect(server.port());
      deaf.setReceiveBufferSize(4096);
      slowClients.add(deaf);
      deaf.getOutputStream()
          .write("GET /big HTTP/1.1\r\nHost: x\r\n\r\n".repeat(4).getBytes(StandardCharsets.US_ASCII));
      deaf.getOutputStream().flush();
    }

    assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(200);
  }

  /**
   * A refused body is not read, but the JDK reads some of it before closing the connection: that
   * read is under the deadline too, or clients that declare a body and never send it would hold the
   * workers after their 413.
   */
  @Test
  void aRefusedBodyThatNeverComesCannotHoldTheWorkers() throws Exception {
    for (int i = 0; i < WORKERS; i++) {
      Socket refused =
          slowClient("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n");
      assertThat(RawHttp.read(refused.getInputStream()).status()).isEqualTo(413);
    }

    assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(200);
  }

  /** The separate metrics port has the same deadlines as the app's port. */
  @Test
  void theMetricsPortCutsOffSlowClientsToo() throws Exception {
    server.stop();
    server =
        app.promwire.serveMetrics(
            ServerOptions.builder()
                .bindAddress("127.0.0.1")
                .port(0)
                .executor(workers)
                .requestReadTimeout(READ_TIMEOUT)
                .responseWriteTimeout(WRITE_TIMEOUT)
                .build());
    for (int i = 0; i < 2 * WORKERS; i++) {
      slowClient("GET /metr");
    }

    RawHttp.Reply scrape = RawHttp.get(server.port(), "/metrics");

    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.body()).contains("# TYPE");
    assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(404);
  }

  /**
   * With the default read deadline (30 seconds), refusing a declared body must not leave the worker
   * reading what is left of it until the deadline: the connection is closed at once.
   */
  @Test
  void aRefusalDoesNotWaitForTheBodyItRefused() throws Exception {
    server.stop();
    server =
        app.promwire.serve(
            ServerOptions.builder().bindAddress("127.0.0.1").port(0).executor(workers).build());
    for (int i = 0; i < WORKERS; i++) {
      Socket refused =
          slowClient("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 21474836480\r\n\r\n");
      assertThat(RawHttp.read(refused.getInputStream()).status()).isEqualTo(413);
    }

    // Within RawHttp's 10 second read timeout, well before the read deadline.
    assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(200);
  }

  /**
   * The JDK counts a refused body's connection as still reading a request, and its stop would wait
   * out the whole stop timeout (10 seconds) for it; promwire's stop ends once nothing is handled.
   */
  @Test
  void stoppingWhileARefusalIsInFlightDoesNotWaitOutTheTimeout() throws Exception {
    Socket refused =
        slowClient("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n");
    assertThat(RawHttp.read(refused.getInputStream()).status()).isEqualTo(413);

    long start = System.nanoTime();
    server.stop();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  /**
   * The refusal's exchange ends only after the stop has begun, as under load, when its worker runs
   * late: the stop must end with it, not wait out its timeout. JDK 17's server waits out the whole
   * delay for a refused body's connection, and an interrupt does not cut its wait short.
   */
  @Test
  void aStopEndsWhenARefusalThatEndsDuringItEnds() throws Exception {
    server.stop();
    CountDownLatch handedOver = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Duration stopTimeout = Duration.ofSeconds(60);
    server =
        app.promwire.serve(
            ServerOptions.builder()
                .bindAddress("127.0.0.1")
                .port(0)
                .stopTimeout(stopTimeout)
                .executor(
                    exchange -> {
                      handedOver.countDown();
                      workers.execute(
                          () -> {
                            awaitQuietly(release);
                            exchange.run();
                          });
                    })
                .build());
    Socket refused =
        slowClient("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999\r\n\r\n");
    assertThat(handedOver.await(30, TimeUnit.SECONDS)).isTrue();
    Thread releaser =
        new Thread(
            () -> {
              sleepQuietly(Duration.ofMillis(500));
              release.countDown();
            });
    releaser.start();

    long start = System.nanoTime();
    server.stop();
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(RawHttp.read(refused.getInputStream()).status()).isEqualTo(413);
    // Far below the stop timeout: the stop ended with the exchange instead of waiting it out.
    assertThat(took).isLessThan(stopTimeout.dividedBy(2));
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    releaser.join();
  }

  /**
   * What is counted is the status of the status line sent: a client that goes away while the body
   * is written may have seen it, and the handler's answer is not rewritten by the failure to
   * deliver it. The failure is no error of the server's and is not logged as one.
   */
  @Test
  void aClientThatResetsWhileTheAnswerIsWrittenIsCountedWithTheStatusItWasSent() throws Exception {
    try (LogCapture log = LogCapture.of(ExchangeHandler.class)) {
      Socket socket = new Socket();
      socket.setReceiveBufferSize(4096);
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 10_000);
      slowClients.add(socket);
      socket.getOutputStream()
          .write("GET /big HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] statusLine = new byte[12];
      socket.getInputStream().readNBytes(statusLine, 0, statusLine.length);
      assertThat(new String(statusLine, StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
      socket.setSoLinger(true, 0);
      socket.close();

      awaitSeries("http_request_total", Scrape.total("GET", "200", 1.0));
      assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(200);
      assertThat(log.records())
          .allSatisfy(record -> assertThat(record.getLevel().intValue()).isLessThan(800));
    }
  }

  /**
   * A client that resets while sending the body its route reads gets nothing; the route's answer,
   * a 400, is what is counted, as it is the status the server sent (to a closed connection).
   */
  @Test
  void aClientThatResetsWhileSendingTheBodyIsCountedWithThe400ItWasAnswered() throws Exception {
    Socket socket =
        slowClient(
            "POST /upload-slowly HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n0123456789");
    // Reset once the route reads: earlier, the request would end before it is one.
    assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
    socket.setSoLinger(true, 0);
    socket.close();

    awaitSeries("http_request_total", Scrape.total("POST", "400", 1.0));
  }

  /** Scrapes until the samples of {@code name} are exactly {@code expected}, within a bound. */
  private void awaitSeries(String name, String... expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!app.scrape().samples(name).equals(List.of(expected))
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(app.scrape().samples(name)).containsExactly(expected);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void theDeadlineEndsWhenTheRequestHasArrivedAndNoInterruptOutlivesIt() throws Exception {
    for (int i = 0; i < WORKERS; i++) {
      slowClient("GET /hel");
    }
    for (Socket slow : slowClients) {
      assertThat(RawHttp.closedByServer(slow)).isTrue();
    }

    // A handler may take longer than the read timeout, on the very threads that were interrupted.
    for (int i = 0; i < WORKERS; i++) {
      RawHttp.Reply reply = RawHttp.get(server.port(), "/nap?ms=" + 2 * READ_TIMEOUT.toMillis());
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).isEqualTo("rested");
    }
  }

  /**
   * With an executor that runs exchanges on the JDK's own dispatcher thread, an interrupt left
   * behind would close every connection that thread touches next.
   */
  @Test
  void aServerOnTheDispatcherThreadSurvivesCuttingASlowClient() throws Exception {
    server.stop();
    server = serve(Runnable::run);

    Socket slow = slowClient("GET /hel");

    assertThat(RawHttp.closedByServer(slow)).isTrue();
    for (int i = 0; i < 3; i++) {
      assertThat(RawHttp.get(server.port(), "/hello").status()).isEqualTo(200);
    }
  }

  private Socket slowClient(String start) throws IOException {
    Socket socket = RawHttp.connect(server.port());
    slowClients.add(socket);
    socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }
}
