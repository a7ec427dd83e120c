package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.jaxrs.ItemResource;
import io.promwire.example.jaxrs.PromwireBootstrap;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta REST quickstart on Jersey, driven by concurrent clients while another thread scrapes
 * without pause: resources with labels from path and query parameters and headers, asynchronous
 * ones, mapped and unmapped exceptions, 404s and 405s. Afterwards every counter and histogram
 * count equals what was sent, to the request.
 */
class JerseyLoadTest {
  private static final int CLIENTS = 16;
  private static final int REQUESTS_PER_CLIENT = 300;

  private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
  private final JerseyApp app =
      JerseyApp.serve(
          PromwireBootstrap.builder().registry(new PrometheusRegistry()).build(),
          new ItemResource(Duration.ofMillis(2)));

  /** One kind of request: its target, extra headers, the status it gets, the series it adds to. */
  private record Kind(String method, String target, String[] headers, int status, List<String> series) {
    HttpRequest request(RunningApp app) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(app.uri(target)).method(method, HttpRequest.BodyPublishers.noBody());
      if (headers.length > 0) {
        request.headers(headers);
      }
      return request.build();
    }
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
    app.close();
  }

  @Test
  void everyRequestIsCountedExactlyWhileScrapesRunWithoutPause() throws Exception {
    List<Kind> kinds = kinds();
    AtomicLongArray sent = new AtomicLongArray(kinds.size());
    Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    LoadTest.Scraper scraper = new LoadTest.Scraper(app);

    Future<Integer> scrapes = pool.submit(scraper);
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int clientNumber = c;
      clients.add(
          () -> {
            for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
              int k = (clientNumber * 7 + i) % kinds.size();
              HttpResponse<String> response =
                  client.send(kinds.get(k).request(app), HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() != kinds.get(k).status()) {
                unexpected.add(kinds.get(k).target() + " got " + response.statusCode());
              }
              sent.incrementAndGet(k);
            }
            return null;
          });
    }
    for (Future<Void> done : pool.invokeAll(clients)) {
      done.get();
    }
    int scrapeCount = scraper.stop(scrapes);

    assertThat(unexpected).isEmpty();
    assertThat(scrapeCount).as("scrapes during the load").isPositive();
    Map<String, Long> expected = LoadTest.expectedCounts(kinds, Kind::series, sent);
    TextFormat.Exposition last = TextFormat.parse(app.scrape());
    LoadTest.assertExactly(last, expected);
    assertThat(last.samples()).containsEntry("in_progress", 0.0);
  }

  private static List<Kind> kinds() {
    return List.of(
        kind("GET", "/", 200, defaults("GET", "/", 200)),
        kind("HEAD", "/", 200, defaults("HEAD", "/", 200)),
        kind("GET", "/items/book", 200, List.of("invocation_by_type_total{item_type=\"book\"}")),
        kind("GET", "/items/pen", 200, List.of("invocation_by_type_total{item_type=\"pen\"}")),
        kind("GET", "/long-running", 200, defaults("GET", "/long-running", 200)),
        kind(
            "GET", "/status/503", 503,
            List.of(
                "requests_by_status_count{status=\"503\"}",
                "requests_by_status_and_path_count{path=\"/status/{status}\",status=\"503\"}")),
        kind("GET", "/fail", 500,
            plus(defaults("GET", "/fail", 500), "http_request_exceptions_total{method=\"GET\",status=\"500\"}")),
        kind("GET", "/nowhere", 404, defaults("GET", "<unmatched>", 404)),
        kind("POST", "/", 405, defaults("POST", "/", 405)),
        new Kind(
            "GET", "/search?kind=tool", new String[] {"X-Tenant", "acme"}, 200,
            plus(
                defaults("GET", "/search", 200),
                "searches_total{kind=\"tool\",method=\"GET\",tenant=\"acme\"}")),
        kind("GET", "/search/0", 404,
            plus(defaults("GET", "/search/{id}", 404), "search_result_seconds_count{id=\"0\",status=\"404\"}")),
        kind("GET", "/search/5", 200,
            plus(defaults("GET", "/search/{id}", 200), "search_result_seconds_count{id=\"5\",status=\"200\"}")));
  }

  private static Kind kind(String method, String target, int status, List<String> series) {
    return new Kind(method, target, new String[0], status, series);
  }

  private static List<String> defaults(String method, String path, int status) {
    return List.of(
        "http_request_total{method=\"" + method + "\",status=\"" + status + "\"}",
        "http_request_duration_seconds_count{method=\"" + method + "\",path=\"" + path
            + "\",status=\"" + status + "\"}");
  }

  private static List<String> plus(List<String> series, String more) {
    List<String> all = new ArrayList<>(series);
    all.add(more);
    return all;
  }
}
