package io.promwire.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;

/** Records one metric of a method around each call. */
abstract sealed class Recorder {
  /** Before the call; only gauges of calls in progress do anything here. */
  void enter(Request request) {}

  abstract void exit(
      Request request, int status, Response response, Throwable error, long durationNanos);

  static final class Count extends Recorder {
    private final Series<CounterDataPoint> series;

    Count(Series<CounterDataPoint> series) {
      this.series = series;
    }

    @Override
    void exit(Request request, int status, Response response, Throwable error, long nanos) {
      series.get(request, status, response, error).inc();
    }
  }

  /** Histograms and summaries: both observe the call's duration in seconds. */
  static final class Duration extends Recorder {
    private final Series<DistributionDataPoint> series;

    Duration(Series<DistributionDataPoint> series) {
      this.series = series;
    }

    @Override
    void exit(Request request, int status, Response response, Throwable error, long nanos) {
      series.get(request, status, response, error).observe(nanos / 1e9);
    }
  }

  static final class InProgress extends Recorder {
    private final Series<GaugeDataPoint> series;

    InProgress(Series<GaugeDataPoint> series) {
      this.series = series;
    }

    @Override
    void enter(Request request) {
      series.get(request, 0, null, null).inc();
    }

    @Override
    void exit(Request request, int status, Response response, Throwable error, long nanos) {
      // The series of the entry: an overflow or label failure was counted once, there.
      series.again(request).dec();
    }
  }
}
