package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 128 clients each POST a 10 MiB body at once, to an app in a JVM of its own at {@code -Xmx128m}:
 * first to {@code GET /} (the quickstart's), then to the shop's {@code POST /orders}, which reads
 * its body. On promwire's JDK server and on Jetty through promwire-servlet: no {@code
 * OutOfMemoryError}; every request is answered ({@code 405} unread, {@code 201} for a body read
 * within the budget, {@code 503} past it) or its connection closed; and the answers each status
 * got are exactly what {@code http_request_total} counts.
 */
class ConcurrentBodiesTest {
  private static final int CLIENTS = 128;
  private static final int BODY_BYTES = 10 * 1024 * 1024;
  /** Outcome of a request whose connection closed before any answer. */
  private static final String CLOSED = "closed";

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @ParameterizedTest
  @ValueSource(strings = {"jdk", "jetty"})
  void concurrentLargeBodiesAreAnsweredAndCountedWithoutRunningOutOfHeap(String server)
      throws Exception {
    try (AppProcess app = AppProcess.start(server, "quickstart", 128)) {
      // The body the order route reads: a product id, then spaces it strips.
      byte[] order = new byte[BODY_BYTES];
      Arrays.fill(order, (byte) ' ');
      System.arraycopy("p-1".getBytes(StandardCharsets.US_ASCII), 0, order, 0, 3);

      Map<String, Integer> toGetRoute = postConcurrently(app, "/", order);
      Map<String, Integer> toOrders = postConcurrently(app, "/orders", order);
      Map<String, Double> counted =
          TextFormat.parse(scrape(app)).named("http_request_total");
      System.out.printf(
          "%s: %d POSTs of 10 MiB to / gave %s, to /orders %s; counted %s%n",
          server, CLIENTS, toGetRoute, toOrders, counted);

      assertThat(app.output()).doesNotContain("OutOfMemoryError", "Exception");
      assertThat(toGetRoute.keySet()).isSubsetOf("405", CLOSED);
      assertThat(toGetRoute).containsKey("405");
      assertThat(toOrders.keySet()).isSubsetOf("201", "503", CLOSED);
      // Some bodies were read, and the budget turned others away.
      assertThat(toOrders).containsKeys("201", "503");
      Map<String, Integer> answered = new TreeMap<>();
      toGetRoute.forEach((status, count) -> answered.merge(status, count, Integer::sum));
      toOrders.forEach((status, count) -> answered.merge(status, count, Integer::sum));
      answered.remove(CLOSED);
      assertThat(countedByStatus(counted)).isEqualTo(answered);
    }
  }

  /** The outcome of each of {@value #CLIENTS} POSTs sent at once: status or closed, with counts. */
  private static Map<String, Integer> postConcurrently(AppProcess app, String path, byte[] body)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Callable<String>> posts = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        posts.add(() -> post(app.port(), path, body));
      }
      Map<String, Integer> outcomes = new TreeMap<>();
      for (Future<String> outcome : clients.invokeAll(posts)) {
        outcomes.merge(outcome.get(), 1, Integer::sum);
      }
      return outcomes;
    } finally {
      clients.shutdownNow();
    }
  }

  /**
   * Sends the request on a connection of its own, as far as the server takes it, then reads the
   * status the server answered with; {@value #CLOSED} when the connection ended without one.
   */
  private static String post(int port, String path, byte[] body) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
      // A generous bound, so that a server that never answers fails the test instead of hanging it.
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(
            ("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
      } catch (IOException refused) {
        // The server answered without reading the body and closed: its answer is read below.
      }
      return status(socket.getInputStream());
    }
  }

  /** The status code of the answer's status line, or {@value #CLOSED}. */
  private static String status(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    try {
      for (int b; (b = in.read()) != -1 && b != '\n'; ) {
        line.append((char) b);
      }
    } catch (SocketTimeoutException neverAnswered) {
      throw neverAnswered;
    } catch (IOException reset) {
      // Whatever arrived before the reset was read.
    }
    String[] parts = line.toString().split(" ");
    return parts.length >= 2 && parts[0].startsWith("HTTP/1.") ? parts[1] : CLOSED;
  }

  private String scrape(AppProcess app) throws IOException, InterruptedException {
    HttpResponse<String> scrape =
        client.send(
            HttpRequest.newBuilder(app.uri("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(scrape.statusCode()).isEqualTo(200);
    return scrape.body();
  }

  /** {@code http_request_total}'s POSTs summed by status. */
  private static Map<String, Integer> countedByStatus(Map<String, Double> series) {
    Map<String, Integer> byStatus = new TreeMap<>();
    series.forEach(
        (name, value) -> {
          if (name.contains("method=\"POST\"")) {
            String status = name.replaceAll(".*status=\"(\\d+)\".*", "$1");
            byStatus.merge(status, value.intValue(), Integer::sum);
          }
        });
    return byStatus;
  }
}
