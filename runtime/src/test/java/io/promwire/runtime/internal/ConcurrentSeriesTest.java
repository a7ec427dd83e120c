package io.promwire.runtime.internal;

import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.TestApp;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.LabelDefinition;
import static io.promwire.runtime.TestApp.withOwnMetrics;
import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.promwire.runtime.internal.Outcomes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Series created and limited by many threads at once, while others scrape. */
class ConcurrentSeriesTest {
  private static final int THREADS = 8;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /**
   * Threads race to add keys at the limit's edge, many times over with fresh guards, since that
   * edge is where a lost update would let one key too many in.
   */
  @Test
  void racingThreadsNeverAdmitMoreThanTheLimitAndAgreeOnEveryKey() throws Exception {
    int limit = 16;
    int keys = 64;
    for (int round = 0; round < 2000; round++) {
      SeriesGuard guard =
          new SeriesGuards(
                  new PrometheusRegistry(), PromwireOptions.builder().seriesLimit(limit).build())
              .forMetric("m");
      AtomicInteger refused = new AtomicInteger();
      CountDownLatch start = new CountDownLatch(1);
      List<Callable<Void>> racers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 11;
        racers.add(
            () -> {
              start.await();
              // Every thread offers the same keys from its own starting point.
              for (int i = 0; i < keys; i++) {
                if (!guard.admit(key((i + offset) % keys), true)) {
                  refused.incrementAndGet();
                }
              }
              return null;
            });
      }
      List<Future<Void>> running = racers.stream().map(pool::submit).toList();
      start.countDown();
      for (Future<Void> racer : running) {
        racer.get();
      }

      assertThat(guard.admittedCount()).isEqualTo(limit);
      int admitted = 0;
      for (int i = 0; i < keys; i++) {
        boolean first = guard.admit(key(i), false);
        assertThat(guard.admit(key(i), false)).isEqualTo(first);
        admitted += first ? 1 : 0;
      }
      assertThat(admitted).isEqualTo(limit);
      assertThat(refused.get()).isEqualTo(THREADS * (keys - limit));
    }
  }

  private static String[] key(int i) {
    return new String[] {Integer.toString(i)};
  }

  /**
   * Scrapes race with the first observation of new series, in the registry and through client_java's
   * text writer, and neither side ever throws; every observation is in the last scrape.
   */
  @Test
  void scrapesRacingWithFirstTimeSeriesCreationNeverThrow() throws Exception {
    TestApp app =
        TestApp.of(
            options -> options.seriesLimit(100_000).maxLabelTextChars(Integer.MAX_VALUE),
            i ->
                List.of(
                    withOwnMetrics(
                        i,
                        "/items/{type}",
                        r -> Outcomes.text("ok"),
                        MetricDefinition.counter("by_type", "Calls by type")
                            .label(LabelDefinition.pathParam("type", "type")),
                        MetricDefinition.histogram("by_type_seconds", "Durations by type", 0.1, 1)
                            .label(LabelDefinition.pathParam("type", "type")))));
    int perThread = 3000;
    AtomicBoolean writing = new AtomicBoolean(true);
    Future<Integer> scraper =
        pool.submit(
            () -> {
              int scrapes = 0;
              while (writing.get() || scrapes == 0) {
                assertThat(app.scrape().text()).isNotEmpty();
                scrapes++;
              }
              return scrapes;
            });
    List<Callable<Void>> writers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers.add(
          () -> {
            for (int i = 0; i < perThread; i++) {
              assertThat(app.call("GET", "/items/t" + thread + "-" + i).status()).isEqualTo(200);
            }
            return null;
          });
    }
    try {
      for (Future<Void> writer : pool.invokeAll(writers)) {
        writer.get();
      }
    } finally {
      writing.set(false);
    }

    assertThat(scraper.get()).isPositive();
    CounterSnapshot counter =
        (CounterSnapshot) app.registry.scrape(name -> name.equals("by_type")).get(0);
    assertThat(counter.getDataPoints()).hasSize(THREADS * perThread);
    assertThat(counter.getDataPoints()).allMatch(point -> point.getValue() == 1.0);
  }
}
