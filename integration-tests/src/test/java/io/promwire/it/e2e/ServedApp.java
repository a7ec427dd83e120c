package io.promwire.it.e2e;

import io.promwire.runtime.Promwire;
import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A wired app on promwire's embedded server, on a free loopback port, and a client for it. */
final class ServedApp implements AutoCloseable {
  final Promwire app;
  private final PromwireServer server;

  private ServedApp(Promwire app) {
    this.app = app;
    this.server =
        app.serve(
            ServerOptions.builder()
                .bindAddress("127.0.0.1")
                .port(0)
                .stopTimeout(Duration.ofSeconds(1))
                .build());
  }

  static ServedApp serve(Promwire app) {
    return new ServedApp(app);
  }

  /** {@code host:port}, as a Prometheus scrape target. */
  String target() {
    return "127.0.0.1:" + server.port();
  }

  /** Sends a request without a body and returns the status it was answered with. */
  int send(String method, String pathAndQuery) {
    HttpRequest request =
        Http.request(URI.create("http://" + target() + pathAndQuery))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return Http.send(request).statusCode();
  }

  int get(String pathAndQuery) {
    return send("GET", pathAndQuery);
  }

  /** {@code /metrics} in the Prometheus text format, as {@code promtool check metrics} reads it. */
  String scrape() {
    HttpRequest request =
        Http.request(URI.create("http://" + target() + "/metrics"))
            .header("Accept", "text/plain; version=0.0.4")
            .build();
    HttpResponse<String> response = Http.send(request);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "/metrics answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  @Override
  public void close() {
    server.stop();
  }
}
