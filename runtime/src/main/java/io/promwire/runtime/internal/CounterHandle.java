package io.promwire.runtime.internal;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;

/**
 * One counter as one place records it: a decorated method, or a route. No method throws: a
 * failure is logged and the call goes on.
 */
public final class CounterHandle {
  private final Series<CounterDataPoint> series;

  CounterHandle(Series<CounterDataPoint> series) {
    this.series = series;
  }

  /** Counts a direct call of a method whose own labels are all static. */
  public void inc() {
    try {
      series.withoutOutcome().inc();
    } catch (RuntimeException | LinkageError failure) {
      RecordingFailures.log(failure);
    }
  }

  /** Counts a direct call, labelled by how it ended. */
  public void inc(DirectCall call) {
    try {
      series.point(null, call, call.status(), call.response(), call.error()).inc();
    } catch (RuntimeException | LinkageError failure) {
      RecordingFailures.log(failure);
    }
  }

  /** Counts a request a route answered. */
  public void inc(Request request, int status, Response response, Throwable error) {
    inc(request, status, response, error, null);
  }

  /** As {@link #inc(Request, int, Response, Throwable)}, with default label values given. */
  void inc(Request request, int status, Response response, Throwable error, String[] given) {
    try {
      series.point(request, null, status, response, error, given).inc();
    } catch (RuntimeException | LinkageError failure) {
      RecordingFailures.log(failure);
    }
  }
}
