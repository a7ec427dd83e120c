package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.promwire.runtime.Promwire;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many cheap hostile connections on loopback, then one ordinary client: a thousand that each sent
 * part of a request and stopped, and a hundred that pipeline requests and never read the answers.
 * The ordinary client's {@code GET /} and {@code GET /metrics} must still be answered, on the
 * embedded JDK server's default configuration on JDK 21 and newer, and on Jetty (the production
 * setup the README names, configured as it says: see {@link JettyApp}) on every JDK. How long they
 * took is printed, not asserted: on a loaded 2-core machine it varies tenfold.
 */
class HostileClientsTest {
  private static final int STALLED = 1_000;
  private static final int DEAF = 100;
  /** Requests of each kind a running service has served before the attack. */
  private static final int WARM_UP = 500;
  /**
   * Pipelined by each deaf client, each answered with its 7,000-character path echoed: far more
   * answer bytes than loopback buffers take for a client that does not read.
   */
  private static final int PIPELINED = 50;

  private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(60);

  private final List<Socket> hostile = new ArrayList<>();
  private RunningApp app;

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : hostile) {
      socket.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theJdkServerOnVirtualThreadsKeepsAnswering() throws Exception {
    assumeTrue(
        Runtime.version().feature() >= 21,
        "JDK 17 has no virtual threads: its pool of platform threads is held by stalled clients"
            + " until the read deadline (see the README's production notes)");
    app = JdkServerApp.serve(quickstart());
    assertStillAnsweredUnderAttack();
  }

  @Test
  void jettyKeepsAnswering() throws Exception {
    app = JettyApp.serve(quickstart());
    assertStillAnsweredUnderAttack();
  }

  private void assertStillAnsweredUnderAttack() throws Exception {
    // A running service, not one that starts under attack: its code paths are compiled.
    for (int i = 0; i < WARM_UP; i++) {
      assertThat(app.get("/").statusCode()).isEqualTo(200);
      assertThat(app.get("/metrics").statusCode()).isEqualTo(200);
    }
    for (int i = 0; i < STALLED; i++) {
      Socket stalled = open();
      stalled.getOutputStream().write(i % 2 == 0 ? bytes("G") : bytes("GET / HTTP/1.1\r\nHost: x\r\nX-"));
    }
    byte[] pipeline =
        bytes(("GET /items/" + "e".repeat(7_000) + " HTTP/1.1\r\nHost: x\r\n\r\n").repeat(PIPELINED));
    for (int i = 0; i < DEAF; i++) {
      Socket deaf = new Socket();
      deaf.setReceiveBufferSize(1024);
      hostile.add(deaf);
      deaf.connect(new InetSocketAddress("127.0.0.1", app.port()), 10_000);
      // From another thread: the server stops reading once its answers back up.
      OutputStream out = deaf.getOutputStream();
      Thread writer = new Thread(() -> writeQuietly(out, pipeline), "deaf-client-" + i);
      writer.setDaemon(true);
      writer.start();
    }

    long start = System.nanoTime();
    // A generous bound, so that a server that never answers fails the test instead of hanging it.
    HttpResponse<String> main = assertTimeoutPreemptively(ANSWERED_WITHIN, () -> app.get("/"));
    HttpResponse<String> scrape =
        assertTimeoutPreemptively(ANSWERED_WITHIN, () -> app.get("/metrics"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(main.statusCode()).isEqualTo(200);
    assertThat(main.body()).isEqualTo("Hello World!");
    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("http_request_total");
    // Measured, not asserted: the README quotes it.
    System.out.printf("%s under attack: GET / and GET /metrics took %d ms%n",
        app.getClass().getSimpleName(), took.toMillis());
  }

  private Socket open() throws IOException {
    Socket socket = new Socket();
    hostile.add(socket);
    socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 10_000);
    return socket;
  }

  private static void writeQuietly(OutputStream out, byte[] bytes) {
    try {
      out.write(bytes);
    } catch (IOException closed) {
      // The server cut the connection, or the test ended.
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static Promwire quickstart() {
    return io.promwire.example.quickstart.PromwireBootstrap.builder()
        .itemRoutes(new io.promwire.example.quickstart.ItemRoutes())
        .registry(new io.prometheus.metrics.model.registry.PrometheusRegistry())
        .build();
  }
}
