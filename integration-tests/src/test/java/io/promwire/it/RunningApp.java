package io.promwire.it;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireServer;
import io.promwire.runtime.ServerOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A wired app served on a free loopback port, with an HTTP client that talks to it. */
final class RunningApp implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  final Promwire app;
  final PromwireServer server;

  private RunningApp(Promwire app) {
    this.app = app;
    this.server = app.serve(ServerOptions.builder().bindAddress("127.0.0.1").port(0).build());
  }

  static RunningApp serve(Promwire app) {
    return new RunningApp(app);
  }

  PrometheusRegistry registry() {
    return app.registry();
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, headers);
  }

  HttpResponse<String> send(String method, String pathAndQuery, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(pathAndQuery)).method(method, HttpRequest.BodyPublishers.noBody());
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Scrapes {@code /metrics} over HTTP, as Prometheus would. */
  String scrape() {
    HttpResponse<String> response = get("/metrics");
    if (response.statusCode() != 200) {
      throw new AssertionError("/metrics answered " + response.statusCode());
    }
    return response.body();
  }

  /** The sample lines of one scrape whose names start with {@code namePrefix}, sorted. */
  List<String> series(String namePrefix) {
    return Scrape.series(scrape(), namePrefix);
  }

  @Override
  public void close() {
    server.stop();
  }
}
