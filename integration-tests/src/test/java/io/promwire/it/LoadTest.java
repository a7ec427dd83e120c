package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.quickstart.ItemRoutes;
import io.promwire.runtime.Promwire;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The quickstart app and the integration handlers served together, driven by many concurrent
 * clients while another thread scrapes and parses {@code /metrics} without pause. Afterwards every
 * counter and every histogram and summary count equals what was sent, to the request.
 */
class LoadTest {
  private static final int CLIENTS = 32;
  private static final int REQUESTS_PER_CLIENT = 800;
  private static final int CALLERS = 16;
  private static final int CALLS_PER_CALLER = 1500;
  /** Less than the reservations the callers try, so that some run out of stock. */
  private static final int STOCK = 5_000;

  private final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
  private final RunningApp app =
      JdkServerApp.serve(
          Promwire.builder()
              .module(new PromwireBootstrap())
              .module(new io.promwire.example.quickstart.PromwireBootstrap())
              .handler(ItemRoutes.class, new ItemRoutes(Duration.ofMillis(2)))
              .handler(InventoryService.class, new InventoryService(STOCK))
              .registry(new PrometheusRegistry())
              .build());
  private final Scraper scraper = new Scraper(app);

  @AfterEach
  void stop() {
    pool.shutdownNow();
    app.close();
  }

  @Test
  void everyRequestIsCountedExactlyWhileScrapesRunWithoutPause() throws Exception {
    List<LoadKind> kinds = LoadKind.all();
    AtomicLongArray sent = new AtomicLongArray(kinds.size());
    Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Future<Integer> scrapes = pool.submit(scraper);
    List<Callable<Void>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int clientNumber = c;
      clients.add(
          () -> {
            for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
              int k = (clientNumber * 7 + i) % kinds.size();
              LoadKind kind = kinds.get(k);
              HttpRequest request = kind.request(app, clientNumber * 1_000_000 + i);
              HttpResponse<String> response =
                  client.send(request, HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() != kind.status()) {
                unexpected.add(kind.name() + " got " + response.statusCode());
              }
              sent.incrementAndGet(k);
            }
            return null;
          });
    }
    runAll(clients);
    int scrapeCount = scraper.stop(scrapes);

    assertThat(unexpected).isEmpty();
    assertThat(scrapeCount).as("scrapes during the load").isPositive();
    Map<String, Long> expected = expectedCounts(kinds, LoadKind::series, sent);
    TextFormat.Exposition last = TextFormat.parse(app.scrape());
    assertExactly(last, expected);
    assertThat(last.samples())
        .containsEntry("in_progress", 0.0)
        .containsEntry("catalog_imports_in_progress", 0.0);
  }

  @Test
  void decoratedMethodsCalledFromManyThreadsAreCountedExactly() throws Exception {
    InventoryService_Metrics inventory = app.app.decorator(InventoryService_Metrics.class);
    AtomicLongArray outcomes = new AtomicLongArray(4);
    int reserved = 0;
    int outOfStock = 1;
    int invalid = 2;
    int audits = 3;

    Future<Integer> scrapes = pool.submit(scraper);
    List<Callable<Void>> callers = new ArrayList<>();
    for (int c = 0; c < CALLERS; c++) {
      callers.add(
          () -> {
            // Calls are quick: go on until scrapes have raced with them for a while.
            for (int i = 0; i < CALLS_PER_CALLER || scraper.scrapes() < 20; i++) {
              if (i % 100 == 0) {
                // Sixteen busy threads on two cores would starve the scraper.
                Thread.sleep(1);
              }
              switch (i % 3) {
                case 0 -> outcomes.incrementAndGet(outcome(() -> inventory.reserve(1)));
                case 1 -> outcomes.incrementAndGet(outcome(() -> inventory.reserve(0)));
                default -> {
                  inventory.audit();
                  outcomes.incrementAndGet(audits);
                }
              }
            }
            return null;
          });
    }
    runAll(callers);
    assertThat(scraper.stop(scrapes)).isGreaterThanOrEqualTo(20);

    long calls = outcomes.get(reserved) + outcomes.get(outOfStock) + outcomes.get(invalid);
    assertThat(outcomes.get(reserved)).isEqualTo(STOCK);
    assertExactly(
        TextFormat.parse(app.scrape()),
        Map.of(
            "inventory_reservations_total{exception=\"none\"}", outcomes.get(reserved),
            "inventory_reservations_total{exception=\"IllegalStateException\"}",
                outcomes.get(outOfStock),
            "inventory_reservations_total{exception=\"IllegalArgumentException\"}",
                outcomes.get(invalid),
            "inventory_reservation_seconds_count", calls,
            "inventory_reservations_in_progress", 0L,
            "inventory_audits_total{kind=\"full\"}", outcomes.get(audits),
            "inventory_audit_seconds_count{scope=\"stock\"}", outcomes.get(audits)));
  }

  /** 0 for a reservation, 1 when out of stock, 2 for an invalid amount. */
  private static int outcome(IntSupplier reservation) {
    try {
      reservation.getAsInt();
      return 0;
    } catch (IllegalStateException outOfStock) {
      return 1;
    } catch (IllegalArgumentException invalid) {
      return 2;
    }
  }

  /**
   * Each expected series has exactly its value, and every other series of the same sample names
   * is still 0 (a series of static labels exposed from start-up).
   */
  static void assertExactly(TextFormat.Exposition exposition, Map<String, Long> expected) {
    Map<String, Double> actual = new TreeMap<>();
    Map<String, Double> wanted = new TreeMap<>();
    for (String series : expected.keySet()) {
      String name = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
      exposition.named(name).forEach((key, value) -> actual.put(key, value));
    }
    actual.keySet().forEach(series -> wanted.put(series, 0.0));
    expected.forEach((series, count) -> wanted.put(series, count.doubleValue()));
    assertThat(actual).isEqualTo(wanted);
  }

  /** The count each series must show: every request sent adds one to each series of its kind. */
  static <K> Map<String, Long> expectedCounts(
      List<K> kinds, Function<K, List<String>> seriesOf, AtomicLongArray sent) {
    Map<String, Long> expected = new TreeMap<>();
    for (int k = 0; k < kinds.size(); k++) {
      for (String series : seriesOf.apply(kinds.get(k))) {
        expected.merge(series, sent.get(k), Long::sum);
      }
    }
    return expected;
  }

  private void runAll(List<Callable<Void>> tasks) throws Exception {
    for (Future<Void> task : pool.invokeAll(tasks)) {
      task.get();
    }
  }

  /**
   * Scrapes over HTTP until stopped, parsing every scrape strictly and checking that no counter
   * or histogram count ever goes down between two scrapes.
   */
  static final class Scraper implements Callable<Integer> {
    private final RunningApp app;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger scrapes = new AtomicInteger();

    Scraper(RunningApp app) {
      this.app = app;
    }

    @Override
    public Integer call() {
      Map<String, Double> previous = Map.of();
      while (running.get()) {
        TextFormat.Exposition exposition = TextFormat.parse(app.scrape());
        for (Map.Entry<String, Double> sample : exposition.samples().entrySet()) {
          String series = sample.getKey();
          boolean rises = series.contains("_total") || series.contains("_count");
          Double before = previous.get(series);
          if (rises && before != null && sample.getValue() < before) {
            throw new AssertionError(series + " went down from " + before + " to " + sample);
          }
        }
        previous = exposition.samples();
        scrapes.incrementAndGet();
      }
      return scrapes.get();
    }

    int scrapes() {
      return scrapes.get();
    }

    /** Stops scraping; the number of scrapes, or the failure of one. */
    int stop(Future<Integer> scrapes) throws Exception {
      running.set(false);
      return scrapes.get();
    }
  }
}
