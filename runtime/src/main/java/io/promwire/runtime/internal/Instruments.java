package io.promwire.runtime.internal;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.PromwireOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Creates the client_java metrics that {@link MetricDefinition}s describe, registers them in one
 * registry, and hands out the handles that record them at one place: a decorated method or a
 * route. A metric defined at several places, or by several handler classes, is created once and
 * shared. The options' default labels are added to every metric; info metrics get the static ones.
 */
public final class Instruments {
  private final PrometheusRegistry registry;
  private final PromwireOptions options;
  private final Map<String, Created> byName = new ConcurrentHashMap<>();
  private final SeriesGuards guards;

  private record Created(MetricDefinition definition, Object metric) {}

  private Instruments(PrometheusRegistry registry, PromwireOptions options) {
    this.registry = registry;
    this.options = options;
    this.guards = new SeriesGuards(registry, options);
  }

  /** Instruments registering in {@code registry}, with the default labels of {@code options}. */
  public static Instruments create(PrometheusRegistry registry, PromwireOptions options) {
    return new Instruments(registry, options);
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  public PromwireOptions options() {
    return options;
  }

  /** A counter recorded by a method that is not a route. */
  public CounterHandle counter(MetricDefinition definition) {
    return counter(definition, null, null);
  }

  /**
   * A counter recorded by a route, or by its method called directly.
   *
   * @param routeMethod the route's HTTP method
   * @param routeTemplate the route's full template
   */
  public CounterHandle counter(
      MetricDefinition definition, String routeMethod, String routeTemplate) {
    return new CounterHandle(counterSeries(withDefaultLabels(definition), routeMethod, routeTemplate, -1));
  }

  /** A histogram or summary of durations recorded by a method that is not a route. */
  public DurationHandle duration(MetricDefinition definition) {
    return duration(definition, null, null);
  }

  /** A histogram or summary of durations recorded by a route, or by its method called directly. */
  public DurationHandle duration(
      MetricDefinition definition, String routeMethod, String routeTemplate) {
    return new DurationHandle(
        durationSeries(withDefaultLabels(definition), routeMethod, routeTemplate, -1));
  }

  /** A gauge of calls in progress in a method that is not a route. */
  public InProgressHandle inProgress(MetricDefinition definition) {
    return inProgress(definition, null, null);
  }

  /** A gauge of calls in progress in a route, or in its method called directly. */
  public InProgressHandle inProgress(
      MetricDefinition definition, String routeMethod, String routeTemplate) {
    MetricDefinition full = withDefaultLabels(definition);
    Gauge gauge = (Gauge) metric(full);
    return new InProgressHandle(
        series(gauge::labelValues, full, routeMethod, routeTemplate, -1, full.initialValue()));
  }

  /**
   * Registers a constant info metric (value 1) whose labels are all constants, under the name as
   * written: a client_java info metric when it ends in {@code _info}, else a gauge set to 1. The
   * static default labels follow its own: it has no request to compute the others from.
   */
  public void info(MetricDefinition definition) {
    if (definition.kind() != MetricDefinition.Kind.INFO) {
      throw new IllegalArgumentException(definition + " is not an info metric");
    }
    MetricDefinition full = withDefaultLabels(definition, staticDefaultLabels(options));
    Object metric = metric(full);
    String[] values =
        full.labels().stream().map(LabelDefinition::argument).toArray(String[]::new);
    if (metric instanceof Info info) {
      info.setLabelValues(values);
    } else {
      ((Gauge) metric).labelValues(values).set(1);
    }
  }

  /**
   * The default labels with a static value, which every metric the app registers carries: also
   * info metrics, promwire's own {@code promwire_label_*} counters and client_java's JVM metrics,
   * which have no request to compute the others from.
   */
  public static List<LabelDefinition> staticDefaultLabels(PromwireOptions options) {
    return options.defaultLabels().stream()
        .filter(label -> label.source() == LabelDefinition.Source.CONSTANT)
        .toList();
  }

  /** {@link #staticDefaultLabels} as client_java's constant labels, for metrics built elsewhere. */
  public static Labels constantLabels(PromwireOptions options) {
    Labels.Builder labels = Labels.builder();
    for (LabelDefinition label : staticDefaultLabels(options)) {
      labels.label(label.name(), label.argument());
    }
    return labels.build();
  }

  /** Registers a metric without creating any series, so that it is known from start-up. */
  void register(MetricDefinition definition) {
    metric(withDefaultLabels(definition));
  }

  /**
   * A counter whose labels from position {@code firstGiven} on are default labels the caller may
   * compute once for several metrics; the definition has its default labels already.
   */
  CounterHandle counterWithDefaults(
      MetricDefinition definition, String routeMethod, String template, int firstGiven) {
    return new CounterHandle(counterSeries(definition, routeMethod, template, firstGiven));
  }

  /** As {@link #counterWithDefaults}, for a histogram or summary. */
  DurationHandle durationWithDefaults(
      MetricDefinition definition, String routeMethod, String template, int firstGiven) {
    return new DurationHandle(durationSeries(definition, routeMethod, template, firstGiven));
  }

  /** The guard of a metric's labels taken from requests, shared by every use of the metric. */
  SeriesGuard guard(String metricName) {
    return guards.forMetric(metricName);
  }

  /** The definition with the options' default labels after its own. */
  MetricDefinition withDefaultLabels(MetricDefinition definition) {
    return withDefaultLabels(definition, options.defaultLabels());
  }

  private static MetricDefinition withDefaultLabels(
      MetricDefinition definition, List<LabelDefinition> defaultLabels) {
    MetricDefinition result = definition;
    for (LabelDefinition label : defaultLabels) {
      if (result.labelNames().contains(label.name())) {
        throw new IllegalArgumentException(
            "default label '" + label.name() + "' has the name of a label of metric '"
                + definition.name() + "': rename one of them");
      }
      result = result.label(label);
    }
    return result;
  }

  private Series<CounterDataPoint> counterSeries(
      MetricDefinition definition, String routeMethod, String template, int firstGiven) {
    Counter counter = (Counter) metric(definition);
    return series(
        counter::labelValues, definition, routeMethod, template, firstGiven,
        definition.initialValue());
  }

  private Series<DistributionDataPoint> durationSeries(
      MetricDefinition definition, String routeMethod, String template, int firstGiven) {
    Object metric = metric(definition);
    Function<String[], DistributionDataPoint> lookup =
        metric instanceof Histogram histogram ? histogram::labelValues : ((Summary) metric)::labelValues;
    return series(lookup, definition, routeMethod, template, firstGiven, definition.initialValue());
  }

  private <D> Series<D> series(
      Function<String[], D> lookup,
      MetricDefinition definition,
      String routeMethod,
      String template,
      int firstGiven,
      boolean initialValue) {
    int labels = definition.labels().size();
    return new Series<>(
        lookup,
        definition.labels(),
        routeMethod,
        template,
        firstGiven < 0 ? labels : firstGiven,
        initialValue,
        () -> guard(definition.name()));
  }

  /** The one client_java metric for this definition's name, created on first use. */
  private Object metric(MetricDefinition definition) {
    Created created =
        byName.computeIfAbsent(
            definition.name(), name -> new Created(definition, create(definition)));
    if (!sameMetric(created.definition(), definition)) {
      throw new IllegalArgumentException(
          "metric '" + definition.name() + "' is defined twice, differently: "
              + created.definition() + " and " + definition);
    }
    return created.metric();
  }

  /** Whether two definitions describe the same metric, so that they can share one. */
  private static boolean sameMetric(MetricDefinition one, MetricDefinition other) {
    return one.kind() == other.kind()
        && one.name().equals(other.name())
        && one.help().equals(other.help())
        && one.labelNames().equals(other.labelNames())
        && Arrays.equals(one.buckets(), other.buckets())
        && Arrays.equals(one.quantiles(), other.quantiles());
  }

  private Object create(MetricDefinition definition) {
    String[] labelNames = definition.labelNames().toArray(new String[0]);
    // Without a tracer there is nothing to sample: no exemplar sampler, so no cost per call.
    boolean exemplars = TracedExemplars.enabled(options);
    return switch (definition.kind()) {
      case COUNTER -> {
        Counter.Builder builder =
            Counter.builder()
                .name(definition.name())
                .help(definition.help())
                .labelNames(labelNames);
        yield (exemplars ? builder.withExemplars() : builder.withoutExemplars()).register(registry);
      }
      case HISTOGRAM -> {
        Histogram.Builder builder =
            Histogram.builder()
                .name(definition.name())
                .help(definition.help())
                .labelNames(labelNames)
                .classicUpperBounds(definition.buckets());
        builder = exemplars ? builder.withExemplars() : builder.withoutExemplars();
        // Native buckets allocate on every observation: only for the request duration, and only
        // when asked for, for Prometheus servers that ingest them.
        if (!(options.nativeHistograms() && HttpMetrics.isDuration(definition, options))) {
          builder.classicOnly();
        }
        yield builder.register(registry);
      }
      case SUMMARY -> {
        Summary.Builder builder =
            Summary.builder()
                .name(definition.name())
                .help(definition.help())
                .labelNames(labelNames)
                .withoutExemplars();
        for (double quantile : definition.quantiles()) {
          builder.quantile(quantile);
        }
        yield builder.register(registry);
      }
      case GAUGE ->
          Gauge.builder()
              .name(definition.name())
              .help(definition.help())
              .labelNames(labelNames)
              .withoutExemplars()
              .register(registry);
      // client_java's Info appends _info to any other name; prometheus-flask-exporter exposes the
      // name as given, a gauge at 1, and so does promwire.
      case INFO ->
          definition.name().endsWith("_info")
              ? Info.builder()
                  .name(definition.name())
                  .help(definition.help())
                  .labelNames(labelNames)
                  .register(registry)
              : Gauge.builder()
                  .name(definition.name())
                  .help(definition.help())
                  .labelNames(labelNames)
                  .withoutExemplars()
                  .register(registry);
    };
  }
}
