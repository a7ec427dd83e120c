package io.promwire.runtime.internal;

import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.promwire.runtime.Request;

/**
 * One gauge of calls in progress as one place records it: a decorated method, or a route. {@code
 * enter} raises the series of the call and returns it; {@link #exit} lowers that same series, so a
 * call whose labels overflowed or failed on entry is not counted twice. No method throws: a failure
 * is logged and the call goes on.
 */
public final class InProgressHandle {
  private final Series<GaugeDataPoint> series;

  InProgressHandle(Series<GaugeDataPoint> series) {
    this.series = series;
  }

  /** A direct call of a method whose own labels are all static starts. */
  public GaugeDataPoint enter() {
    try {
      GaugeDataPoint point = series.withoutOutcome();
      point.inc();
      return point;
    } catch (RuntimeException | LinkageError failure) {
      RecordingFailures.log(failure);
      return null;
    }
  }

  /** A direct call starts, with the path parameters it was given. */
  public GaugeDataPoint enter(DirectCall call) {
    return enter(null, call);
  }

  /** A request starts. */
  public GaugeDataPoint enter(Request request) {
    return enter(request, null);
  }

  /** The call that {@code enter} returned {@code entered} for ended. */
  public void exit(GaugeDataPoint entered) {
    if (entered != null) {
      entered.dec();
    }
  }

  private GaugeDataPoint enter(Request request, DirectCall call) {
    try {
      GaugeDataPoint point = series.point(request, call, 0, null, null);
      point.inc();
      return point;
    } catch (RuntimeException | LinkageError failure) {
      RecordingFailures.log(failure);
      return null;
    }
  }
}
