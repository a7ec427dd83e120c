package io.promwire.benchmarks;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.tracer.common.SpanContext;
import io.prometheus.metrics.tracer.initializer.SpanContextSupplier;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (8) What exemplars cost per request: {@link DispatchBenchmark#request()} with the {@code
 * exemplars} option on and off, without a tracer and with every request inside a sampled span.
 * The span is a constant one given to client_java's {@code SpanContextSupplier}, as a tracer is:
 * client_java asks it for the current span only when its rate-limited sampler takes a new exemplar
 * (at most every 90 ms per series), so what the tracer's own lookup costs hardly counts.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class ExemplarsBenchmark {
  private static final Map<String, List<String>> NO_HEADERS = Map.of();
  private static final byte[] NO_BODY = new byte[0];

  @Param({"true", "false"})
  public boolean exemplars;

  /** {@code none}: no tracer on the class path; {@code span}: every request in a sampled span. */
  @Param({"none", "span"})
  public String tracer;

  private Promwire app;

  /** A span that is always current and sampled. */
  private static final class ConstantSpan implements SpanContext {
    @Override
    public String getCurrentTraceId() {
      return "4bf92f3577b34da6a3ce929d0e0e4736";
    }

    @Override
    public String getCurrentSpanId() {
      return "00f067aa0ba902b7";
    }

    @Override
    public boolean isCurrentSpanSampled() {
      return true;
    }

    @Override
    public void markCurrentSpanAsExemplar() {}
  }

  @Setup(Level.Trial)
  public void setUp() {
    if (tracer.equals("span")) {
      SpanContextSupplier.setSpanContext(new ConstantSpan());
    }
    app =
        PromwireBootstrap.builder()
            .benchRoutes(new BenchRoutes())
            .registry(new PrometheusRegistry())
            .options(PromwireOptions.builder().exemplars(exemplars).jvmMetrics(false).build())
            .build();
    Response check = request();
    if (check.status() != 200) {
      throw new IllegalStateException("GET /hello answered " + check.status());
    }
    for (int i = 0; i < DecoratorBenchmark.WARM_CALLS; i++) {
      app.dispatch(Request.fromRawPath("GET", "/items/warm", null, NO_HEADERS, NO_BODY));
      app.dispatch(Request.fromRawPath("GET", "/nowhere", null, NO_HEADERS, NO_BODY));
      request();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    SpanContextSupplier.setSpanContext(null);
  }

  @Benchmark
  public Response request() {
    return app.dispatch(Request.fromRawPath("GET", "/hello", null, NO_HEADERS, NO_BODY));
  }
}
