package io.promwire.benchmarks;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.PromwireOptions;
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
 * (2) and (6): the generated decorator {@code BenchRoutes_Metrics}, called directly as user code
 * would, wired by the generated bootstrap into a fresh registry per trial.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class DecoratorBenchmark {
  private BenchRoutes_Metrics decorator;
  /** Not a constant, so that the JIT cannot fold the label value. */
  private String type = "book";

  @Setup(Level.Trial)
  public void setUp() {
    decorator = wire(new PrometheusRegistry());
  }

  /**
   * The decorator as the generated bootstrap wires it, JVM metrics aside, with every decorated
   * method already called many times.
   *
   * <p>In an app, the runtime code that records metrics is shared by every decorated method, so
   * the JIT sees counters, histograms and gauges go through it. A fork that only ever called one
   * method would let the JIT specialise that shared code for one kind of metric, which no app gets.
   */
  static BenchRoutes_Metrics wire(PrometheusRegistry registry) {
    BenchRoutes_Metrics decorator =
        PromwireBootstrap.builder()
            .benchRoutes(new BenchRoutes())
            .registry(registry)
            .options(PromwireOptions.builder().jvmMetrics(false).build())
            .build()
            .decorator(BenchRoutes_Metrics.class);
    for (int i = 0; i < WARM_CALLS; i++) {
      decorator.counted();
      decorator.timed();
      decorator.inProgress();
      decorator.stacked();
      decorator.twoTimed();
      decorator.byType("warm");
    }
    return decorator;
  }

  /** Enough calls of each method for the JIT to profile the shared code with all of them. */
  static final int WARM_CALLS = 20_000;

  /** {@code @Counted} with a static label. */
  @Benchmark
  public String counted() {
    return decorator.counted();
  }

  /** {@code @Histogram} with a static label. */
  @Benchmark
  public String histogram() {
    return decorator.timed();
  }

  /** {@code @Gauge} with a static label. */
  @Benchmark
  public String gauge() {
    return decorator.inProgress();
  }

  /** {@code @Counted}, {@code @Histogram} and {@code @Gauge} on one method. */
  @Benchmark
  public String stacked() {
    return decorator.stacked();
  }

  /**
   * {@code @Histogram} and {@code @Summary} on one method: one clock read before and one after the
   * call, shared by both metrics.
   */
  @Benchmark
  public String twoTimed() {
    return decorator.twoTimed();
  }

  /** {@code @Counted} with one label from a path parameter: a lookup per call. */
  @Benchmark
  public String dynamicLabel() {
    return decorator.byType(type);
  }
}
