package io.promwire.processor;

import io.promwire.processor.model.MetricKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The naming rules of client_java 1.10, as its builders and {@code PrometheusRegistry.register}
 * apply them at run time, so that the processor can apply them at compile time instead.
 *
 * <p>client_java 1.10 accepts any non-empty name on its own: no builder rejects a reserved suffix
 * such as {@code _total} on a gauge. What fails at start-up is registering two metrics that
 * collide, and the registry decides that by two names per metric: its registry name ({@code
 * Counter} strips {@code _total}, {@code Info} strips {@code _info}) and the names of the series
 * it exposes ({@code PrometheusRegistry.computeExpositionNames}). Two metrics collide when their
 * registry names are equal (different types: "Conflicting metric types"; same type: "duplicate
 * metric name") or when their exposition names overlap, as a gauge {@code x_total} and a counter
 * {@code x} do.
 */
final class PrometheusNames {
  /** The legacy metric name syntax, which every Prometheus server and scraper understands. */
  static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  /** A metric the runtime registers in the same registry, unless the user turns it off. */
  record DefaultMetric(MetricKind kind, String name, String description) {}

  /**
   * promwire's default metrics, as the runtime registers them without a prefix. The duration is a
   * histogram unless an option makes it a summary, whose names are a subset of the histogram's.
   */
  static final List<DefaultMetric> DEFAULTS =
      List.of(
          new DefaultMetric(
              MetricKind.HISTOGRAM, "http_request_duration_seconds", "request durations"),
          new DefaultMetric(MetricKind.COUNTER, "http_request_total", "request count"),
          new DefaultMetric(
              MetricKind.COUNTER, "http_request_exceptions_total", "request exceptions"),
          new DefaultMetric(MetricKind.INFO, "exporter_info", "exporter version"));

  private PrometheusNames() {}

  /**
   * The name the registry knows a metric by. An info metric is client_java's {@code Info} only
   * when its name ends in {@code _info}, which {@code Info} strips; the runtime registers any other
   * as a gauge of exactly that name, so that it is exposed as written.
   */
  static String registryName(MetricKind kind, String name) {
    return switch (kind) {
      case COUNTER -> stripSuffix(name, "_total");
      case INFO -> stripSuffix(name, "_info");
      default -> name;
    };
  }

  /**
   * The family name the Prometheus text format gives the metric, the one {@code # TYPE} and
   * {@code # HELP} name and Prometheus stores it by: counters end in {@code _total} whatever the
   * name as written; every other metric, info metrics included, has the name as written.
   */
  static String exposedName(MetricKind kind, String name) {
    return kind == MetricKind.COUNTER ? registryName(kind, name) + "_total" : name;
  }

  /** The names of the series a metric exposes, as the registry reserves them. */
  static Set<String> expositionNames(MetricKind kind, String name) {
    String base = registryName(kind, name);
    List<String> suffixes =
        switch (kind) {
          case COUNTER -> List.of("_total", "_created");
          // An Info's base lost its _info; a gauge standing for an info metric keeps its name.
          case INFO -> List.of(name.endsWith("_info") ? "_info" : "");
          case HISTOGRAM -> List.of("_bucket", "_count", "_sum", "_created");
          case SUMMARY -> List.of("_count", "_sum", "_created");
          case GAUGE -> List.of("");
        };
    Set<String> names = new LinkedHashSet<>();
    suffixes.forEach(suffix -> names.add(base + suffix));
    return names;
  }

  /** The name both metrics would expose, if registering both fails for their exposition names. */
  static Optional<String> sharedExpositionName(
      MetricKind kind, String name, MetricKind otherKind, String otherName) {
    Set<String> other = expositionNames(otherKind, otherName);
    return expositionNames(kind, name).stream().filter(other::contains).findFirst();
  }

  /** Whether the registry rejects registering both metrics. */
  static boolean collide(MetricKind kind, String name, MetricKind otherKind, String otherName) {
    return registryName(kind, name).equals(registryName(otherKind, otherName))
        || sharedExpositionName(kind, name, otherKind, otherName).isPresent();
  }

  /** The label name client_java reserves for a kind: {@code le} for histograms, etc. */
  static Optional<String> reservedLabel(MetricKind kind) {
    return switch (kind) {
      case HISTOGRAM -> Optional.of("le");
      case SUMMARY -> Optional.of("quantile");
      default -> Optional.empty();
    };
  }

  private static String stripSuffix(String name, String suffix) {
    return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
  }
}
