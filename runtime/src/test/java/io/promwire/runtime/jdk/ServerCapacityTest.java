package io.promwire.runtime.jdk;

import static io.promwire.runtime.TestApp.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.core.metrics.Counter;
import io.promwire.runtime.LogCapture;
import io.promwire.runtime.RawHttp;
import io.promwire.runtime.Scrape;
import io.promwire.runtime.TestApp;
import io.promwire.runtime.internal.Outcomes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the server takes at once: connections queued by the OS, bodies in memory, aborted scrapes. */
class ServerCapacityTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final CountDownLatch holding = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final TestApp app =
      TestApp.of(
          i ->
              List.of(
                  route("GET", "/hello", "Routes.hello", r -> Outcomes.text("hi")),
                  route(
                      "POST",
                      "/upload",
                      "Routes.upload",
                      r -> {
                        int length = r.body().length;
                        if (r.queryParam("hold") != null) {
                          holding.countDown();
                          release.await();
                        }
                        return Outcomes.text("stored " + length);
                      })));
  private PromwireServer server;

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop();
    }
    pool.shutdownNow();
  }

  /**
   * While the server's dispatcher is busy, new connections wait in the listen backlog. With the
   * JDK's default of 50, a burst beyond it has its SYNs dropped and waits for retransmits (1 s, 3 s,
   * ...); with promwire's 1,024 a burst of 600 is queued at once.
   */
  @Test
  void aBurstOfConnectionsIsQueuedByTheOperatingSystem() throws Exception {
    CountDownLatch dispatcherBlocked = new CountDownLatch(1);
    CountDownLatch unblock = new CountDownLatch(1);
    // The JDK calls the executor on its dispatcher thread: blocking it there stops accepting.
    server =
        app.promwire.serve(
            ServerOptions.builder()
                .bindAddress("127.0.0.1")
                .port(0)
                .executor(
                    task -> {
                      dispatcherBlocked.countDown();
                      awaitQuietly(unblock);
                      pool.execute(task);
                    })
                .build());
    List<SocketChannel> burst = new ArrayList<>();
    try (Socket first = RawHttp.connect(server.port());
        Selector selector = Selector.open()) {
      first.getOutputStream().write("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(dispatcherBlocked.await(10, TimeUnit.SECONDS)).isTrue();

      for (int i = 0; i < 600; i++) {
        SocketChannel channel = SocketChannel.open();
        burst.add(channel);
        channel.configureBlocking(false);
        if (!channel.connect(new InetSocketAddress("127.0.0.1", server.port()))) {
          channel.register(selector, SelectionKey.OP_CONNECT);
        }
      }
      int connected = 0;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (System.nanoTime() < deadline && !selector.keys().isEmpty()) {
        selector.select(100);
        for (SelectionKey key : selector.selectedKeys()) {
          if (((SocketChannel) key.channel()).finishConnect()) {
            key.cancel();
          }
        }
        selector.selectedKeys().clear();
        selector.selectNow();
      }
      for (SocketChannel channel : burst) {
        connected += channel.isConnected() ? 1 : 0;
      }

      assertThat(connected).isEqualTo(600);
    } finally {
      unblock.countDown();
      for (SocketChannel channel : burst) {
        channel.close();
      }
    }
  }

  /**
   * Bodies in flight share one budget: past it a route that asks for a body answers 503 instead of
   * reading it, and the bytes come back when the requests end.
   */
  @Test
  void bodiesInFlightShareOneBudget() throws Exception {
    server =
        app.promwire.serve(
            ServerOptions.builder()
                .bindAddress("127.0.0.1")
                .port(0)
                .maxBufferedBodyBytes(1000)
                .build());
    String body = "b".repeat(600);

    Future<RawHttp.Reply> held = pool.submit(() -> post("/upload?hold", body));
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    RawHttp.Reply refused = post("/upload", body);
    release.countDown();

    assertThat(refused.status()).isEqualTo(503);
    assertThat(held.get(10, TimeUnit.SECONDS).body()).isEqualTo("stored 600");
    assertThat(app.scrape().samples("http_request_total"))
        .contains(Scrape.total("POST", "503", 1.0));
    // The held request's bytes come back when its exchange ends, a moment after its client has
    // the answer: a body of the same size is taken again within a bounded wait.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String stored = post("/upload", body).body();
    while (!stored.equals("stored 600") && System.nanoTime() < deadline) {
      Thread.sleep(20);
      stored = post("/upload", body).body();
    }
    assertThat(stored).isEqualTo("stored 600");
  }

  /**
   * A scraper that goes away mid-answer (Prometheus's own scrape timeout does so) is not an error
   * of the app: logged once per kind at DEBUG, never a stack trace per scrape.
   */
  @Test
  void abortedScrapesAreNotLoggedAsErrors() throws Exception {
    Counter wide =
        Counter.builder().name("wide").help("Many series").labelNames("n").register(app.registry);
    for (int i = 0; i < 20_000; i++) {
      wide.labelValues("series-number-" + i).inc();
    }
    server = app.promwire.serve(ServerOptions.builder().bindAddress("127.0.0.1").port(0).build());

    try (LogCapture clientJava = LogCapture.of("io.prometheus");
        LogCapture promwire = LogCapture.of("io.promwire")) {
      for (int i = 0; i < 5; i++) {
        try (Socket scraper = RawHttp.connect(server.port())) {
          scraper.setReceiveBufferSize(1024);
          OutputStream out = scraper.getOutputStream();
          out.write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          InputStream in = scraper.getInputStream();
          in.readNBytes(100);
          // A reset, as a client gives up: the server's next writes fail.
          scraper.setSoLinger(true, 0);
        }
      }
      // The server is still there, and scrapes fine.
      assertThat(RawHttp.get(server.port(), "/metrics").status()).isEqualTo(200);

      assertThat(clientJava.records()).isEmpty();
      assertThat(promwire.records())
          .allSatisfy(
              record -> {
                assertThat(record.getLevel().intValue()).isLessThan(Level.INFO.intValue());
                assertThat(record.getThrown()).isNull();
              });
    }
  }

  private RawHttp.Reply post(String target, String body) throws IOException {
    return RawHttp.exchange(
        server.port(),
        "POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n\r\n"
            + body);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
