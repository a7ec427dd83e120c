package io.promwire.it.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One HTTP client for the apps and Prometheus, with bounded waits and unchecked failures. */
final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Http() {}

  /** A request to {@code uri} that gives up after ten seconds. */
  static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      try {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException closedBeforeAnswering) {
        // A server may close a kept-alive connection (Grizzly does after 256 requests) just as the
        // client reuses it: no byte of an answer came back, so the request was not served. Once
        // more, on a new connection; a second failure is the test's.
        if (!request.method().equals("GET") || !nothingReceived(closedBeforeAnswering)) {
          throw closedBeforeAnswering;
        }
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean nothingReceived(IOException failure) {
    String message = String.valueOf(failure.getMessage());
    return message.contains("received no bytes") || failure.getCause() instanceof java.io.EOFException;
  }
}
