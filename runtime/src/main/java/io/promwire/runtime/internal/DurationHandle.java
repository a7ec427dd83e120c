package io.promwire.runtime.internal;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;

/**
 * One histogram or summary of call durations as one place records it: a decorated method, or a
 * route. Durations are given in nanoseconds and observed in seconds. No method throws: a failure
 * is logged and the call goes on.
 */
public final class DurationHandle {
  private static final double NANOS_PER_SECOND = 1e9;

  private final Series<DistributionDataPoint> series;

  DurationHandle(Series<DistributionDataPoint> series) {
    this.series = series;
  }

  /** Observes a direct call of a method whose own labels are all static. */
  public void observe(long nanos) {
    try {
      series.withoutOutcome().observe(nanos / NANOS_PER_SECOND);
    } catch (RuntimeException | LinkageError failure) {
      RecordingFailures.log(failure);
    }
  }

  /** Observes a direct call, labelled by how it ended. */
  public void observe(long nanos, DirectCall call) {
    try {
      series
          .point(null, call, call.status(), call.response(), call.error())
          .observe(nanos / NANOS_PER_SECOND);
    } catch (RuntimeException | LinkageError failure) {
      RecordingFailures.log(failure);
    }
  }

  /** Observes a request a route answered. */
  public void observe(
      long nanos, Request request, int status, Response response, Throwable error) {
    observe(nanos, request, status, response, error, null);
  }

  /** As {@link #observe(long, Request, int, Response, Throwable)}, with default labels given. */
  void observe(
      long nanos,
      Request request,
      int status,
      Response response,
      Throwable error,
      String[] given) {
    try {
      series
          .point(request, null, status, response, error, given)
          .observe(nanos / NANOS_PER_SECOND);
    } catch (RuntimeException | LinkageError failure) {
      RecordingFailures.log(failure);
    }
  }
}
