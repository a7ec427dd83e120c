package io.promwire.benchmarks;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (4) The same metrics written the common way: the metric objects are held in fields, but the data
 * point is looked up with {@code labelValues(...)} on every call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class NaiveBenchmark {
  private final BenchRoutes handler = new BenchRoutes();
  private Counter counted;
  private Histogram timed;
  private Gauge inProgress;
  private Counter stackedCount;
  private Histogram stackedDuration;
  private Gauge stackedInProgress;

  @Setup(Level.Trial)
  public void setUp() {
    PrometheusRegistry registry = new PrometheusRegistry();
    counted = ClientJava.counter(registry, "bench_counted", "handler");
    timed = ClientJava.histogram(registry, "bench_timed_seconds", "handler");
    inProgress = ClientJava.gauge(registry, "bench_in_progress", "handler");
    stackedCount = ClientJava.counter(registry, "bench_stacked", "handler");
    stackedDuration = ClientJava.histogram(registry, "bench_stacked_seconds", "handler");
    stackedInProgress = ClientJava.gauge(registry, "bench_stacked_in_progress", "handler");
  }

  @Benchmark
  public String counted() {
    try {
      return handler.counted();
    } finally {
      counted.labelValues("counted").inc();
    }
  }

  @Benchmark
  public String histogram() {
    long start = System.nanoTime();
    try {
      return handler.timed();
    } finally {
      timed.labelValues("timed").observe((System.nanoTime() - start) / 1e9);
    }
  }

  @Benchmark
  public String gauge() {
    inProgress.labelValues("in_progress").inc();
    try {
      return handler.inProgress();
    } finally {
      inProgress.labelValues("in_progress").dec();
    }
  }

  @Benchmark
  public String stacked() {
    stackedInProgress.labelValues("stacked").inc();
    long start = System.nanoTime();
    try {
      return handler.stacked();
    } finally {
      stackedCount.labelValues("stacked").inc();
      stackedDuration.labelValues("stacked").observe((System.nanoTime() - start) / 1e9);
      stackedInProgress.labelValues("stacked").dec();
    }
  }
}
