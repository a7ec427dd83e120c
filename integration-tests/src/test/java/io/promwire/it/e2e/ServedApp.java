package io.promwire.it.e2e;

import io.promwire.example.jaxrs.ItemResource;
import io.promwire.example.jaxrs.JaxrsQuickstartApp;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/**
 * A wired app on a free loopback port, on promwire's embedded server or as the Jakarta REST
 * quickstart on Jersey, and a client for it.
 */
final class ServedApp implements AutoCloseable {
  final Promwire app;
  private final int port;
  private final Runnable stop;

  private ServedApp(Promwire app, int port, Runnable stop) {
    this.app = app;
    this.port = port;
    this.stop = stop;
  }

  static ServedApp serve(Promwire app) {
    PromwireServer server =
        app.serve(
            ServerOptions.builder()
                .bindAddress("127.0.0.1")
                .port(0)
                .stopTimeout(Duration.ofSeconds(1))
                .build());
    return new ServedApp(app, server.port(), server::stop);
  }

  /**
   * The Jakarta REST quickstart ({@code io.promwire.example.jaxrs}) wired as {@code app}, on Jersey
   * and Grizzly; {@code /long-running} answers after {@code longRunning}.
   */
  static ServedApp onJersey(Promwire app, Duration longRunning) {
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"),
            JaxrsQuickstartApp.application(app, new ItemResource(longRunning)));
    return new ServedApp(
        app, server.getListeners().iterator().next().getPort(), server::shutdownNow);
  }

  /** {@code host:port}, as a Prometheus scrape target. */
  String target() {
    return "127.0.0.1:" + port;
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
    stop.run();
  }
}
