package io.promwire.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * The counter and histogram cases of {@link DecoratorBenchmark} and {@link HandWrittenBenchmark}
 * with two threads updating the same series, as two request threads serving one route do. Their
 * states are shared by both threads ({@code Scope.Benchmark}) and set up as in the one-thread runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(2)
public class TwoThreadsBenchmark {
  @Benchmark
  public String decoratorCounted(DecoratorBenchmark decorator) {
    return decorator.counted();
  }

  @Benchmark
  public String decoratorHistogram(DecoratorBenchmark decorator) {
    return decorator.histogram();
  }

  @Benchmark
  public String handWrittenCounted(HandWrittenBenchmark handWritten) {
    return handWritten.counted();
  }

  @Benchmark
  public String handWrittenHistogram(HandWrittenBenchmark handWritten) {
    return handWritten.histogram();
  }
}
