package io.promwire.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one metric is: its kind, name, help, labels and layout. Generated code holds one constant
 * per annotation; the runtime turns definitions into client_java metrics, sharing one
 * metric between every definition of the same name.
 *
 * <pre>{@code
 * MetricDefinition.counter("by_path_counter", "Request count by path")
 *     .label(LabelDefinition.path("path"));
 * }</pre>
 */
public final class MetricDefinition {
  /** The kinds of metric an annotation declares. */
  public enum Kind {
    COUNTER,
    HISTOGRAM,
    SUMMARY,
    GAUGE,
    INFO
  }

  /** The default histogram buckets, in seconds, as prometheus-flask-exporter has them. */
  public static final double[] DEFAULT_BUCKETS = {
    .005, .01, .025, .05, .075, .1, .25, .5, .75, 1, 2.5, 5, 7.5, 10
  };

  private final Kind kind;
  private final String name;
  private final String help;
  private final List<LabelDefinition> labels;
  private final double[] buckets;
  private final double[] quantiles;
  private final boolean initialValue;

  private MetricDefinition(
      Kind kind,
      String name,
      String help,
      List<LabelDefinition> labels,
      double[] buckets,
      double[] quantiles,
      boolean initialValue) {
    this.kind = kind;
    this.name = checkedName(kind, Objects.requireNonNull(name, "name"));
    this.help = Objects.requireNonNull(help, "help");
    this.labels = List.copyOf(labels);
    this.buckets = buckets;
    this.quantiles = quantiles;
    this.initialValue = initialValue;
  }

  /**
   * The name if Prometheus accepts it, as the processor's {@code [promwire.metricName]} rules say;
   * never rewritten.
   */
  private static String checkedName(Kind kind, String name) {
    String factory = "MetricDefinition." + kind.name().toLowerCase(Locale.ROOT);
    NameRules.metricName(name, factory);
    return switch (kind) {
      case COUNTER -> NameRules.notOnlySuffix(name, "_total", factory);
      case INFO -> NameRules.notOnlySuffix(name, "_info", factory);
      default -> name;
    };
  }

  /** A counter of calls; exposed as {@code <name>_total}. */
  public static MetricDefinition counter(String name, String help) {
    return new MetricDefinition(Kind.COUNTER, name, help, List.of(), null, null, true);
  }

  /** A histogram of call durations in seconds with the given bucket upper bounds. */
  public static MetricDefinition histogram(String name, String help, double... buckets) {
    return new MetricDefinition(Kind.HISTOGRAM, name, help, List.of(), buckets.clone(), null, true);
  }

  /** A summary of call durations in seconds with the given quantiles (none for count and sum). */
  public static MetricDefinition summary(String name, String help, double... quantiles) {
    return new MetricDefinition(
        Kind.SUMMARY, name, help, List.of(), null, quantiles.clone(), true);
  }

  /** A gauge of calls in progress. */
  public static MetricDefinition gauge(String name, String help) {
    return new MetricDefinition(Kind.GAUGE, name, help, List.of(), null, null, true);
  }

  /**
   * A constant info metric with value 1 and static labels, exposed under {@code name} as given: a
   * client_java info metric when it ends in {@code _info}, else a gauge.
   */
  public static MetricDefinition info(String name, String help) {
    return new MetricDefinition(Kind.INFO, name, help, List.of(), null, null, true);
  }

  /**
   * This definition with one more label.
   *
   * @throws IllegalArgumentException when it has a label of that name already, which client_java
   *     would accept here and then fail every scrape with
   */
  public MetricDefinition label(LabelDefinition label) {
    if (labelNames().contains(label.name())) {
      throw new IllegalArgumentException(
          "metric '" + name + "' has two labels named '" + label.name() + "'");
    }
    List<LabelDefinition> more = new ArrayList<>(labels);
    more.add(label);
    return new MetricDefinition(kind, name, help, more, buckets, quantiles, initialValue);
  }

  /** Whether a metric whose labels are all static shows at 0 before its first observation. */
  public MetricDefinition initialValue(boolean initialValue) {
    return new MetricDefinition(kind, name, help, labels, buckets, quantiles, initialValue);
  }

  public Kind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String help() {
    return help;
  }

  public List<LabelDefinition> labels() {
    return labels;
  }

  /** The bucket upper bounds of a histogram, else null. */
  public double[] buckets() {
    return buckets == null ? null : buckets.clone();
  }

  /** The quantiles of a summary, else null. */
  public double[] quantiles() {
    return quantiles == null ? null : quantiles.clone();
  }

  public boolean initialValue() {
    return initialValue;
  }

  /** The label names, in order. */
  public List<String> labelNames() {
    return labels.stream().map(LabelDefinition::name).toList();
  }

  @Override
  public String toString() {
    return kind + " " + name + labels;
  }
}
