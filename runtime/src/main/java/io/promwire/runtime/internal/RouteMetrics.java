package io.promwire.runtime.internal;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The metrics a route records around each request besides the default ones: the handler method's
 * own and those of {@code PromwireOptions.everyRoute}. Each kind is recorded in a loop of its own,
 * so every call site sees one handle class. No method throws.
 */
public final class RouteMetrics {
  private static final GaugeDataPoint[] NOTHING_ENTERED = new GaugeDataPoint[0];

  private final CounterHandle[] counters;
  private final DurationHandle[] durations;
  private final InProgressHandle[] gauges;
  private final boolean readsRequest;

  private RouteMetrics(
      List<CounterHandle> counters,
      List<DurationHandle> durations,
      List<InProgressHandle> gauges,
      boolean readsRequest) {
    this.counters = counters.toArray(new CounterHandle[0]);
    this.durations = durations.toArray(new DurationHandle[0]);
    this.gauges = gauges.toArray(new InProgressHandle[0]);
    this.readsRequest = readsRequest;
  }

  /** The handles of these metrics at a route, registering every metric. */
  public static RouteMetrics of(
      Instruments instruments,
      List<MetricDefinition> definitions,
      String routeMethod,
      String routeTemplate) {
    List<CounterHandle> counters = new ArrayList<>();
    List<DurationHandle> durations = new ArrayList<>();
    List<InProgressHandle> gauges = new ArrayList<>();
    boolean readsRequest = false;
    for (MetricDefinition definition : definitions) {
      for (LabelDefinition label : instruments.withDefaultLabels(definition).labels()) {
        readsRequest |=
            !LabelValues.isStatic(label, routeMethod, routeTemplate)
                && !LabelValues.isPerOutcome(label);
      }
      switch (definition.kind()) {
        case COUNTER -> counters.add(instruments.counter(definition, routeMethod, routeTemplate));
        case HISTOGRAM, SUMMARY ->
            durations.add(instruments.duration(definition, routeMethod, routeTemplate));
        case GAUGE -> gauges.add(instruments.inProgress(definition, routeMethod, routeTemplate));
        case INFO -> throw new IllegalArgumentException("info metrics belong to classes: " + definition);
      }
    }
    return new RouteMetrics(counters, durations, gauges, readsRequest);
  }

  /** Whether there are no metrics at all: nothing to enter or exit. */
  public boolean isEmpty() {
    return counters.length == 0 && durations.length == 0 && gauges.length == 0;
  }

  /**
   * Whether a label of these metrics (their own or a default one) takes its value from the
   * request: a path or query parameter, a header, a resolver; when none does, {@link #enter} and
   * {@link #exit} accept a {@code null} request. Decided once, when the route is wired.
   */
  public boolean readsRequest() {
    return readsRequest;
  }

  /**
   * A request starts: raises the gauges of requests in progress.
   *
   * @return what {@link #exit} needs to lower the same series
   */
  public GaugeDataPoint[] enter(Request request) {
    if (gauges.length == 0) {
      return NOTHING_ENTERED;
    }
    GaugeDataPoint[] entered = new GaugeDataPoint[gauges.length];
    for (int i = 0; i < gauges.length; i++) {
      entered[i] = gauges[i].enter(request);
    }
    return entered;
  }

  /** A request ended. */
  public void exit(
      GaugeDataPoint[] entered,
      Request request,
      int status,
      Response response,
      Throwable error,
      long elapsedNanos) {
    for (CounterHandle counter : counters) {
      counter.inc(request, status, response, error);
    }
    for (DurationHandle duration : durations) {
      duration.observe(elapsedNanos, request, status, response, error);
    }
    for (int i = 0; i < entered.length; i++) {
      gauges[i].exit(entered[i]);
    }
  }
}
