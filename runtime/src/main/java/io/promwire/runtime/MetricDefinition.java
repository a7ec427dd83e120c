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
    /** Counts calls. */
    COUNTER,
    /** Call durations in histogram buckets. */
    HISTOGRAM,
    /** Call durations as count, sum and quantiles. */
    SUMMARY,
    /** Calls in progress. */
    GAUGE,
    /** A constant 1 that carries static labels. */
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

  /**
   * {@return a counter of calls, exposed as {@code <name>_total}}
   *
   * @param name the metric name; {@code _total} is added when it does not end in it
   * @param help the help text
   * @throws IllegalArgumentException when the name is not a valid metric name; it is never
   *     rewritten
   */
  public static MetricDefinition counter(String name, String help) {
    return new MetricDefinition(Kind.COUNTER, name, help, List.of(), null, null, true);
  }

  /**
   * {@return a histogram of call durations in seconds with the given bucket upper bounds}
   *
   * @param name the metric name
   * @param help the help text
   * @param buckets the bucket upper bounds, in seconds
   */
  public static MetricDefinition histogram(String name, String help, double... buckets) {
    return new MetricDefinition(Kind.HISTOGRAM, name, help, List.of(), buckets.clone(), null, true);
  }

  /**
   * {@return a summary of call durations in seconds with the given quantiles}
   *
   * @param name the metric name
   * @param help the help text
   * @param quantiles the quantiles, such as 0.5 and 0.99; none for count and sum only
   */
  public static MetricDefinition summary(String name, String help, double... quantiles) {
    return new MetricDefinition(
        Kind.SUMMARY, name, help, List.of(), null, quantiles.clone(), true);
  }

  /**
   * {@return a gauge of calls in progress}
   *
   * @param name the metric name
   * @param help the help text
   */
  public static MetricDefinition gauge(String name, String help) {
    return new MetricDefinition(Kind.GAUGE, name, help, List.of(), null, null, true);
  }

  /**
   * {@return a constant info metric with value 1 and static labels}
   *
   * <p>Exposed under {@code name} as given: a client_java info metric when it ends in {@code
   * _info}, else a gauge.
   *
   * @param name the metric name
   * @param help the help text
   */
  public static MetricDefinition info(String name, String help) {
    return new MetricDefinition(Kind.INFO, name, help, List.of(), null, null, true);
  }

  /**
   * {@return this definition with one more label}
   *
   * @param label the label to add
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

  /**
   * {@return this definition with {@code initialValue} set}
   *
   * @param initialValue whether a metric whose labels are all static shows at 0 before its first
   *     observation; true by default
   */
  public MetricDefinition initialValue(boolean initialValue) {
    return new MetricDefinition(kind, name, help, labels, buckets, quantiles, initialValue);
  }

  /** {@return the kind of metric} */
  public Kind kind() {
    return kind;
  }

  /** {@return the metric name as defined} */
  public String name() {
    return name;
  }

  /** {@return the help text} */
  public String help() {
    return help;
  }

  /** {@return the labels, in order} */
  public List<LabelDefinition> labels() {
    return labels;
  }

  /** {@return the bucket upper bounds of a histogram, else null} */
  public double[] buckets() {
    return buckets == null ? null : buckets.clone();
  }

  /** {@return the quantiles of a summary, else null} */
  public double[] quantiles() {
    return quantiles == null ? null : quantiles.clone();
  }

  /**
   * {@return whether a metric whose labels are all static shows at 0 before its first
   * observation}
   */
  public boolean initialValue() {
    return initialValue;
  }

  /** {@return the label names, in order} */
  public List<String> labelNames() {
    return labels.stream().map(LabelDefinition::name).toList();
  }

  @Override
  public String toString() {
    return kind + " " + name + labels;
  }
}
