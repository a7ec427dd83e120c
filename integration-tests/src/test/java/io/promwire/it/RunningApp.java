package io.promwire.it;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A wired app served on a free loopback port by one kind of server, with an HTTP client that talks
 * to it. The tests written against it run unchanged on every server: {@link JdkServerApp} and
 * {@link JettyApp}.
 */
abstract class RunningApp implements AutoCloseable {
  // HTTP/1.1, as Prometheus scrapes: the JDK client otherwise asks every server to upgrade to h2c,
  // and Grizzly then leaves Content-Type out of its answers.
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  final Promwire app;
  private final String contextPath;

  /**
   * @param contextPath what the server puts in front of every path of the app, {@code ""} for none
   */
  RunningApp(Promwire app, String contextPath) {
    this.app = app;
    this.contextPath = contextPath;
  }

  /** The port the server listens on. */
  abstract int port();

  /** Stops the server. */
  @Override
  public abstract void close();

  PrometheusRegistry registry() {
    return app.registry();
  }

  /** The URI of a path of the app, under its context path. */
  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + port() + contextPath + pathAndQuery);
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

  /** Scrapes until a series line shows up, for what is recorded after the response is sent. */
  void awaitSeries(String namePrefix, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!series(namePrefix).contains(expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no " + expected + " in " + series(namePrefix));
      }
      Thread.sleep(10);
    }
  }
}
