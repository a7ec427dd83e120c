package io.promwire.benchmarks;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
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
 * (3) The limit the decorator aims at: the same metrics written by hand against
 * prometheus-metrics-core the best possible way. Data points are looked up once and held in
 * fields, the clock is read only when a duration is recorded and then once per call, and metrics
 * are recorded when the call throws too, as the decorator does. {@link #twoTimedSeparately()} is
 * the exception on purpose: the common way to time two metrics, which the decorator should beat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class HandWrittenBenchmark {
  private final BenchRoutes handler = new BenchRoutes();
  private CounterDataPoint counted;
  private DistributionDataPoint timed;
  private GaugeDataPoint inProgress;
  private CounterDataPoint stackedCount;
  private DistributionDataPoint stackedDuration;
  private GaugeDataPoint stackedInProgress;
  private DistributionDataPoint twoTimedHistogram;
  private DistributionDataPoint twoTimedSummary;

  @Setup(Level.Trial)
  public void setUp() {
    PrometheusRegistry registry = new PrometheusRegistry();
    counted = ClientJava.counter(registry, "bench_counted", "handler").labelValues("counted");
    timed = ClientJava.histogram(registry, "bench_timed_seconds", "handler").labelValues("timed");
    inProgress =
        ClientJava.gauge(registry, "bench_in_progress", "handler").labelValues("in_progress");
    stackedCount = ClientJava.counter(registry, "bench_stacked", "handler").labelValues("stacked");
    stackedDuration =
        ClientJava.histogram(registry, "bench_stacked_seconds", "handler").labelValues("stacked");
    stackedInProgress =
        ClientJava.gauge(registry, "bench_stacked_in_progress", "handler").labelValues("stacked");
    twoTimedHistogram =
        ClientJava.histogram(registry, "bench_two_timed_seconds", "handler")
            .labelValues("two_timed");
    twoTimedSummary =
        ClientJava.summary(registry, "bench_two_timed_summary_seconds", "handler")
            .labelValues("two_timed");
  }

  @Benchmark
  public String counted() {
    try {
      return handler.counted();
    } finally {
      counted.inc();
    }
  }

  @Benchmark
  public String histogram() {
    long start = System.nanoTime();
    try {
      return handler.timed();
    } finally {
      timed.observe((System.nanoTime() - start) / 1e9);
    }
  }

  @Benchmark
  public String gauge() {
    inProgress.inc();
    try {
      return handler.inProgress();
    } finally {
      inProgress.dec();
    }
  }

  @Benchmark
  public String stacked() {
    stackedInProgress.inc();
    long start = System.nanoTime();
    try {
      return handler.stacked();
    } finally {
      stackedCount.inc();
      stackedDuration.observe((System.nanoTime() - start) / 1e9);
      stackedInProgress.dec();
    }
  }

  /**
   * A histogram and a summary of the same call, each timed on its own, as two independent timers
   * (or two pieces of code that each time what they record) do: two clock reads before the call
   * and two after.
   */
  @Benchmark
  public String twoTimedSeparately() {
    long histogramStart = System.nanoTime();
    long summaryStart = System.nanoTime();
    try {
      return handler.twoTimed();
    } finally {
      twoTimedSummary.observe((System.nanoTime() - summaryStart) / 1e9);
      twoTimedHistogram.observe((System.nanoTime() - histogramStart) / 1e9);
    }
  }

  /** The same two metrics sharing one clock read before and one after: the optimum. */
  @Benchmark
  public String twoTimedShared() {
    long start = System.nanoTime();
    try {
      return handler.twoTimed();
    } finally {
      double seconds = (System.nanoTime() - start) / 1e9;
      twoTimedHistogram.observe(seconds);
      twoTimedSummary.observe(seconds);
    }
  }
}
