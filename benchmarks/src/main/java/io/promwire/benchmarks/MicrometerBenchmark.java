package io.promwire.benchmarks;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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
 * (5) Micrometer's Prometheus registry (on client_java 1.x, the same version promwire uses): meters
 * registered once and held in fields, and the common pattern that builds and registers the meter
 * on every call, which Micrometer answers with the meter it already has.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class MicrometerBenchmark {
  private final BenchRoutes handler = new BenchRoutes();
  private PrometheusMeterRegistry registry;
  private Counter counter;
  private Timer timer;

  @Setup(Level.Trial)
  public void setUp() {
    registry =
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT, new PrometheusRegistry(), Clock.SYSTEM);
    counter = Counter.builder("bench_counted").tags("handler", "counted").register(registry);
    timer = Timer.builder("bench_timed").tags("handler", "timed").register(registry);
  }

  @Benchmark
  public String preRegisteredCounter() {
    try {
      return handler.counted();
    } finally {
      counter.increment();
    }
  }

  @Benchmark
  public String preRegisteredTimer() {
    long start = System.nanoTime();
    try {
      return handler.timed();
    } finally {
      timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  @Benchmark
  public String perCallCounter() {
    try {
      return handler.counted();
    } finally {
      Counter.builder("bench_counted").tags("handler", "counted").register(registry).increment();
    }
  }
}
