package io.promwire.runtime.internal;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.PromwireOptions;
import java.util.HashMap;
import java.util.Map;

/**
 * The one {@link SeriesGuard} of each metric of a registry, and promwire's own counters they report
 * to. The counters are registered with the first guard, so an app whose labels are all bounded
 * exposes neither; each guarded metric's counts start at 0, so that {@code increase()} sees the
 * first overflow. They carry the options' static default labels, as every metric of the app; the
 * prefix is not put in front of their names, which are promwire's own in every app.
 */
final class SeriesGuards {
  static final String OVERFLOW_METRIC = "promwire_label_overflow_total";
  static final String ERRORS_METRIC = "promwire_label_errors_total";
  static final String TOO_LONG_METRIC = "promwire_label_too_long_total";
  private static final String METRIC_LABEL = "metric";

  private final PrometheusRegistry registry;
  private final PromwireOptions options;
  private final Map<String, SeriesGuard> byMetric = new HashMap<>();
  private Counter overflow;
  private Counter errors;
  private Counter tooLong;

  SeriesGuards(PrometheusRegistry registry, PromwireOptions options) {
    this.registry = registry;
    this.options = options;
    for (LabelDefinition label : Instruments.staticDefaultLabels(options)) {
      if (label.name().equals(METRIC_LABEL)) {
        throw new IllegalArgumentException(
            "default label '" + METRIC_LABEL + "' is the label " + OVERFLOW_METRIC + " and "
                + ERRORS_METRIC + " name the guarded metric by: rename the default label");
      }
    }
  }

  /** The guard of a metric, made on first use; called while wiring, not per request. */
  synchronized SeriesGuard forMetric(String metric) {
    SeriesGuard guard = byMetric.get(metric);
    if (guard == null) {
      if (overflow == null) {
        overflow =
            counter(
                OVERFLOW_METRIC,
                "Observations recorded under the overflow label value because their metric"
                    + " reached its series limit or its label text limit");
        errors =
            counter(
                ERRORS_METRIC,
                "Label values that could not be computed and were recorded as the error value");
        tooLong =
            counter(
                TOO_LONG_METRIC,
                "Label values taken from a request that were longer than the limit and were"
                    + " recorded as the overflow value");
      }
      guard =
          new SeriesGuard(
              metric,
              new SeriesGuard.Limits(
                  options.seriesLimit(metric),
                  options.maxLabelValueLength(),
                  options.maxLabelTextChars()),
              overflow.labelValues(metric),
              errors.labelValues(metric),
              tooLong.labelValues(metric));
      byMetric.put(metric, guard);
    }
    return guard;
  }

  private Counter counter(String name, String help) {
    return Counter.builder()
        .name(name)
        .help(help)
        .labelNames(METRIC_LABEL)
        .constLabels(Instruments.constantLabels(options))
        .withoutExemplars()
        .register(registry);
  }
}
