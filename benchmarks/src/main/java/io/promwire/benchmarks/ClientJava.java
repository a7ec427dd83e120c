package io.promwire.benchmarks;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * client_java metrics built the way promwire builds them (no exemplars, classic buckets only, the
 * same bucket layout), so that the hand-written and naive benchmarks differ from the decorator only
 * in how the data point is found and when the clock is read.
 */
final class ClientJava {
  /** The annotations' default buckets, in seconds. */
  static final double[] BUCKETS = {.005, .01, .025, .05, .075, .1, .25, .5, .75, 1, 2.5, 5, 7.5, 10};

  private ClientJava() {}

  static Counter counter(PrometheusRegistry registry, String name, String labelName) {
    return Counter.builder()
        .name(name)
        .help("Calls")
        .labelNames(labelName)
        .withoutExemplars()
        .register(registry);
  }

  static Histogram histogram(PrometheusRegistry registry, String name, String labelName) {
    return Histogram.builder()
        .name(name)
        .help("Call duration")
        .labelNames(labelName)
        .classicOnly()
        .classicUpperBounds(BUCKETS)
        .withoutExemplars()
        .register(registry);
  }

  /** A summary without quantiles ({@code _count} and {@code _sum}), the annotation's default. */
  static Summary summary(PrometheusRegistry registry, String name, String labelName) {
    return Summary.builder()
        .name(name)
        .help("Call duration")
        .labelNames(labelName)
        .withoutExemplars()
        .register(registry);
  }

  static Gauge gauge(PrometheusRegistry registry, String name, String labelName) {
    return Gauge.builder()
        .name(name)
        .help("Calls in progress")
        .labelNames(labelName)
        .withoutExemplars()
        .register(registry);
  }
}
