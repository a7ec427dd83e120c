package io.promwire.benchmarks;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
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

/**
 * (7) The full request path without sockets: a request made as the JDK server adapter makes it,
 * routed by the generated route table and served through {@link Promwire#dispatch(Request)}, with
 * the default HTTP metrics on and off; and through {@link Promwire#dispatchAsync(Request)}, as the
 * server adapters call it, for that route and for one that answers through a completed stage.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class DispatchBenchmark {
  private static final Map<String, List<String>> NO_HEADERS = Map.of();
  private static final byte[] NO_BODY = new byte[0];

  @Param({"true", "false"})
  public boolean defaultMetrics;

  private Promwire app;
  private String path = "/hello";
  // As long as path: the two requests then allocate the same outside the metrics.
  private String labelledPath = "/label";
  private String laterPath = "/later";

  @Setup(Level.Trial)
  public void setUp() {
    app =
        PromwireBootstrap.builder()
            .benchRoutes(new BenchRoutes())
            .registry(new PrometheusRegistry())
            .options(
                PromwireOptions.builder().defaultMetrics(defaultMetrics).jvmMetrics(false).build())
            .build();
    Response check = request();
    if (check.status() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + check.status());
    }
    // As in DecoratorBenchmark.wire: the shared dispatch code sees more than one route, as in an
    // app, before the measured route is compiled on its own.
    for (int i = 0; i < DecoratorBenchmark.WARM_CALLS; i++) {
      app.dispatch(Request.fromRawPath("GET", "/items/warm", null, NO_HEADERS, NO_BODY));
      app.dispatch(Request.fromRawPath("GET", "/nowhere", null, NO_HEADERS, NO_BODY));
      request();
      statusLabelled();
      requestAsync();
      laterCompleted();
    }
  }

  @Benchmark
  public Response request() {
    return app.dispatch(Request.fromRawPath("GET", path, null, NO_HEADERS, NO_BODY));
  }

  /** A route with its own counter labelled {@code from = STATUS}, {@code METHOD} and {@code PATH}. */
  @Benchmark
  public Response statusLabelled() {
    return app.dispatch(Request.fromRawPath("GET", labelledPath, null, NO_HEADERS, NO_BODY));
  }

  /** {@link #request} as the server adapters dispatch it: a completed stage around the answer. */
  @Benchmark
  public CompletionStage<Response> requestAsync() {
    return app.dispatchAsync(Request.fromRawPath("GET", path, null, NO_HEADERS, NO_BODY));
  }

  /** A route returning a {@code CompletableFuture} that is already complete. */
  @Benchmark
  public CompletionStage<Response> laterCompleted() {
    return app.dispatchAsync(Request.fromRawPath("GET", laterPath, null, NO_HEADERS, NO_BODY));
  }
}
