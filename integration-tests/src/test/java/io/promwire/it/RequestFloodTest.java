package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.jdk.ServerOptions;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand hostile requests on promwire's JDK server in a JVM of its own ({@code -Xmx128m}):
 * 370,000-character paths, header values at the header limit, long path and query values, and
 * new short values in every label taken from the request, so that each such metric of the app
 * reaches its series limit or its label text limit. Afterwards the scrape stays under the size
 * the limits allow, and the heap after GC has grown by no more than what the README's production
 * notes state for the worst case of these metrics.
 */
class RequestFloodTest {
  private static final int REQUESTS = 10_000;
  private static final int CLIENTS = 4;
  /** Far past the request line limit, and below the JDK's own limit of 380 KiB. */
  private static final int LONG_PATH_CHARS = 370_000;
  /** Over the label value limit, under the request line limit. */
  private static final int LONG_LABEL_CHARS = 7_000;
  /** Room in the header section for the client's own headers besides {@code X-Tenant}. */
  private static final int CLIENT_HEADER_BYTES = 256;
  private static final int HEADER_AT_LIMIT =
      ServerOptions.DEFAULT_MAX_REQUEST_HEADER_BYTES - CLIENT_HEADER_BYTES;

  /**
   * The app's metrics with labels taken from the request: the default metrics (grouped by raw path,
   * with a default label from a header) and the annotated metrics with path, query, header and
   * resolver labels. Each holds at most {@link PromwireOptions#DEFAULT_SERIES_LIMIT} series.
   */
  private static final List<String> REQUEST_LABELLED =
      List.of(
          "http_request_duration_seconds",
          "http_request_total",
          "http_request_exceptions_total",
          "greetings_total",
          "invocation_by_type_total",
          "catalog_uuid_lookups_total",
          "hazard_labels_total");

  /**
   * What the README's production notes state: the heap these metrics may take at the default
   * limits, with a histogram's series at its most.
   */
  private static final long WORST_CASE_HEAP_BYTES = 48L * 1024 * 1024;

  /**
   * The largest scrape these metrics allow at the default limits: each series line at most its
   * name, label names, value and the series' label text escaped (3 bytes a character at worst),
   * and a default-bucket histogram's series has 14 lines.
   */
  private static final long WORST_CASE_SCRAPE_BYTES = 32L * 1024 * 1024;

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void tenThousandHostileRequestsLeaveTheScrapeAndTheHeapWithinTheirBounds() throws Exception {
    try (AppProcess app = AppProcess.start("jdk", "hostile", 128)) {
      long before = app.heapAfterGc();

      long start = System.nanoTime();
      Map<Integer, AtomicInteger> statuses = flood(app);
      long floodMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

      start = System.nanoTime();
      HttpResponse<String> scrape = scrape(app);
      long firstScrapeMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      start = System.nanoTime();
      scrape = scrape(app);
      long secondScrapeMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      long after = app.heapAfterGc();
      int scrapeBytes = scrape.body().getBytes(StandardCharsets.UTF_8).length;
      // Measured, not asserted (the machine may be loaded): the README quotes them.
      System.out.printf(
          "%d hostile requests in %d ms, answered %s; heap after GC %d -> %d bytes (+%d);"
              + " /metrics answered in %d ms, then %d ms, with %d bytes%n",
          REQUESTS, floodMillis, summary(statuses), before, after, after - before,
          firstScrapeMillis, secondScrapeMillis, scrapeBytes);

      assertThat(app.output()).doesNotContain("OutOfMemoryError");
      assertThat(scrape.statusCode()).isEqualTo(200);
      // Every kind of refusal and answer the flood was meant to provoke did happen.
      assertThat(statuses).containsKeys(200, 404, 414, 431);
      assertThat(statuses.keySet()).allMatch(status -> status >= 100 && status <= 599);
      assertThat((long) scrapeBytes).isLessThan(WORST_CASE_SCRAPE_BYTES);
      assertThat(after - before).as("heap growth in bytes").isLessThan(WORST_CASE_HEAP_BYTES);

      TextFormat.Exposition exposition = TextFormat.parse(scrape.body());
      // Each answer is counted: the refusals under <unmatched>, like every other status.
      Map<String, Double> counted = exposition.named("http_request_total");
      assertThat(sumWithStatus(counted, 414)).isEqualTo(statuses.get(414).get());
      assertThat(sumWithStatus(counted, 431)).isEqualTo(statuses.get(431).get());
      // The limits were reached: values went to the overflow value, and were counted there.
      assertThat(exposition.named("promwire_label_too_long_total")).isNotEmpty();
      assertThat(exposition.named("promwire_label_overflow_total")).isNotEmpty();
      for (String name : REQUEST_LABELLED) {
        String sample =
            name.equals("http_request_duration_seconds") ? name + "_count" : name;
        assertThat(exposition.named(sample))
            .as(name)
            .hasSizeLessThanOrEqualTo(PromwireOptions.DEFAULT_SERIES_LIMIT + 20);
      }
    }
  }

  private HttpResponse<String> scrape(AppProcess app) {
    // A generous bound, so that a scrape that never ends fails the test instead of hanging it.
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            client.send(
                HttpRequest.newBuilder(app.uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()));
  }

  /** Sends the requests from a few keep-alive clients; the count of each status answered. */
  private Map<Integer, AtomicInteger> flood(AppProcess app) throws Exception {
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Callable<Void>> senders = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int first = c;
        senders.add(
            () -> {
              Hostile hostile = new Hostile(first);
              for (int n = first; n < REQUESTS; n += CLIENTS) {
                int status =
                    client.send(hostile.request(app, n), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
              }
              return null;
            });
      }
      for (Future<Void> sender : clients.invokeAll(senders)) {
        sender.get();
      }
    } finally {
      clients.shutdownNow();
    }
    return statuses;
  }

  /** The refusals and 404s by status, the route's answers together. */
  private static Map<String, Integer> summary(Map<Integer, AtomicInteger> statuses) {
    Map<String, Integer> summary = new TreeMap<>();
    statuses.forEach(
        (status, count) ->
            summary.merge(
                List.of(404, 414, 431).contains(status) ? status.toString() : "other",
                count.get(),
                Integer::sum));
    return summary;
  }

  private static int sumWithStatus(Map<String, Double> series, int status) {
    return (int)
        series.entrySet().stream()
            .filter(s -> s.getKey().contains("status=\"" + status + "\""))
            .mapToDouble(Map.Entry::getValue)
            .sum();
  }

  /** The {@code n}th request of the flood, made of values never sent before. */
  private static final class Hostile {
    private final HostileValues values;
    private final Random random;

    Hostile(long seed) {
      this.values = new HostileValues(seed);
      this.random = new Random(seed);
    }

    HttpRequest request(AppProcess app, int n) {
      String tenant = values.forHeader();
      String target =
          switch (n % 5) {
            // Refused with 414, or a label value refused for its length.
            case 0 -> "/items/" + letters(n % 10 == 0 ? LONG_PATH_CHARS : LONG_LABEL_CHARS);
            case 1 -> "/greet/" + HostileValues.encode(values.forPath());
            case 2 -> "/api/lookup/3f0c3e5e-4a6e-4f0e-9b1a-2f4c5d6e7f80?format="
                + HostileValues.encode(values.forPath());
            // Statuses the refusals do not use, so that those are told apart.
            case 3 -> "/status/" + (200 + random.nextInt(200)) + "?"
                + HostileValues.encode(values.forPath()) + "=" + letters(LONG_LABEL_CHARS);
            default -> n % 10 == 4
                ? "/nowhere/" + HostileValues.encode(values.forPath())
                : "/hazard/label/" + HostileValues.encode(values.forPath());
          };
      if (n % 5 == 1) {
        // A value at the header limit, or one past it (431) now and then.
        tenant = letters(n % 50 == 1 ? HEADER_AT_LIMIT + 1_000 : HEADER_AT_LIMIT);
      }
      return HttpRequest.newBuilder(app.uri(target)).header("X-Tenant", tenant).build();
    }

    private String letters(int count) {
      char[] chars = new char[count];
      for (int i = 0; i < count; i++) {
        chars[i] = (char) ('a' + random.nextInt(26));
      }
      return new String(chars);
    }
  }
}
