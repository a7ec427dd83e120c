package io.promwire.benchmarks;

import io.promwire.annotations.Counted;
import io.promwire.annotations.DoNotTrack;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Get;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Summary;
import java.util.concurrent.CompletableFuture;

/**
 * The handler every benchmark calls, compiled by the promwire processor into {@code
 * BenchRoutes_Metrics}. Every method has the same trivial body, so that the benchmarks differ only
 * in what records the metrics around it.
 *
 * <p>The metric names and label values here are the ones the hand-written, naive and Micrometer
 * benchmarks register too, so every variant records the same series.
 */
public class BenchRoutes {
  static final String BODY = "hello";

  /** No metrics: the baseline, called on this class directly. */
  public String plain() {
    return BODY;
  }

  @Counted(
      name = "bench_counted",
      help = "Calls",
      labels = @Label(name = "handler", value = "counted"))
  public String counted() {
    return BODY;
  }

  @Histogram(
      name = "bench_timed_seconds",
      help = "Call duration",
      labels = @Label(name = "handler", value = "timed"))
  public String timed() {
    return BODY;
  }

  @Gauge(
      name = "bench_in_progress",
      help = "Calls in progress",
      labels = @Label(name = "handler", value = "in_progress"))
  public String inProgress() {
    return BODY;
  }

  @Counted(
      name = "bench_stacked",
      help = "Calls",
      labels = @Label(name = "handler", value = "stacked"))
  @Histogram(
      name = "bench_stacked_seconds",
      help = "Call duration",
      labels = @Label(name = "handler", value = "stacked"))
  @Gauge(
      name = "bench_stacked_in_progress",
      help = "Calls in progress",
      labels = @Label(name = "handler", value = "stacked"))
  public String stacked() {
    return BODY;
  }

  /** Two metrics that need the duration: the decorator reads the clock once for both. */
  @Histogram(
      name = "bench_two_timed_seconds",
      help = "Call duration",
      labels = @Label(name = "handler", value = "two_timed"))
  @Summary(
      name = "bench_two_timed_summary_seconds",
      help = "Call duration",
      labels = @Label(name = "handler", value = "two_timed"))
  public String twoTimed() {
    return BODY;
  }

  /** One label taken from the call: a data point lookup per call that nothing can avoid. */
  @Get("/items/{type}")
  @DoNotTrack
  @Counted(
      name = "bench_by_type",
      help = "Calls by item type",
      labels = @Label(name = "item_type", pathParam = "type"))
  public String byType(String type) {
    return BODY;
  }

  /** The route of the full request path benchmark: default HTTP metrics only. */
  @Get("/hello")
  public String hello() {
    return BODY;
  }

  /**
   * A route whose own counter is labelled by status, method and template: bounded by the code, so
   * its data points are kept per status like the default metrics'.
   */
  @Get("/label")
  @Counted(
      name = "bench_by_outcome",
      help = "Calls by status, method and route",
      labels = {
        @Label(name = "status", from = LabelSource.STATUS),
        @Label(name = "method", from = LabelSource.METHOD),
        @Label(name = "path", from = LabelSource.PATH)
      })
  public String labelled() {
    return BODY;
  }

  /** As {@link #hello}, answering through a stage that is already complete, as from a cache. */
  @Get("/later")
  public CompletableFuture<String> later() {
    return CompletableFuture.completedFuture(BODY);
  }
}
