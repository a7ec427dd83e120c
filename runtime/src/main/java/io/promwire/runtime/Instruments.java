package io.promwire.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.datapoints.GaugeDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Creates the client_java metrics that {@link MetricDefinition}s describe, registers them in one
 * registry, and builds the {@link MethodMetrics} of decorated methods. A metric defined on several
 * methods, or by several handler classes, is created once and shared.
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

  /** The guard of a metric's labels taken from requests, shared by every use of the metric. */
  SeriesGuard guard(String metricName) {
    return guards.forMetric(metricName);
  }

  /**
   * The metrics of one method.
   *
   * @param routeMethod the route's HTTP method, or {@code null} for a method that is not a route
   * @param routeTemplate the route's full template, or {@code null}
   * @param definitions the method's metrics
   */
  public MethodMetrics method(
      String routeMethod, String routeTemplate, MetricDefinition... definitions) {
    return method(routeMethod, routeTemplate, List.of(definitions));
  }

  /** As {@link #method(String, String, MetricDefinition...)}. */
  public MethodMetrics method(
      String routeMethod, String routeTemplate, List<MetricDefinition> definitions) {
    List<Recorder> recorders = new ArrayList<>();
    for (MetricDefinition definition : definitions) {
      recorders.add(recorder(withDefaultLabels(definition), routeMethod, routeTemplate));
    }
    return new MethodMetrics(recorders);
  }

  /**
   * Registers a constant info metric (value 1) whose labels are all constants, under the name as
   * written: a client_java info metric when it ends in {@code _info}, else a gauge set to 1.
   */
  public void info(MetricDefinition definition) {
    if (definition.kind() != MetricDefinition.Kind.INFO) {
      throw new IllegalArgumentException(definition + " is not an info metric");
    }
    Object metric = metric(definition);
    String[] values =
        definition.labels().stream().map(l -> l.staticValue(null, null)).toArray(String[]::new);
    if (metric instanceof Info info) {
      info.setLabelValues(values);
    } else {
      ((Gauge) metric).labelValues(values).set(1);
    }
  }

  private MetricDefinition withDefaultLabels(MetricDefinition definition) {
    MetricDefinition result = definition;
    for (LabelDefinition label : options.defaultLabels()) {
      if (result.labelNames().contains(label.name())) {
        throw new IllegalArgumentException(
            "default label '" + label.name() + "' has the name of a label of metric '"
                + definition.name() + "': rename one of them");
      }
      result = result.label(label);
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private Recorder recorder(MetricDefinition definition, String routeMethod, String template) {
    Object metric = metric(definition);
    return switch (definition.kind()) {
      case COUNTER ->
          new Recorder.Count(
              series(
                  (Function<String[], CounterDataPoint>) ((Counter) metric)::labelValues,
                  definition, routeMethod, template, definition.initialValue()));
      case HISTOGRAM ->
          new Recorder.Duration(
              series(
                  (Function<String[], DistributionDataPoint>) ((Histogram) metric)::labelValues,
                  definition, routeMethod, template, definition.initialValue()));
      case SUMMARY ->
          new Recorder.Duration(
              series(
                  (Function<String[], DistributionDataPoint>) ((Summary) metric)::labelValues,
                  definition, routeMethod, template, definition.initialValue()));
      case GAUGE ->
          new Recorder.InProgress(
              series(
                  (Function<String[], GaugeDataPoint>) ((Gauge) metric)::labelValues,
                  definition, routeMethod, template, definition.initialValue()));
      case INFO -> throw new IllegalArgumentException("info metrics belong to classes: " + definition);
    };
  }

  private <D> Series<D> series(
      Function<String[], D> lookup,
      MetricDefinition definition,
      String routeMethod,
      String template,
      boolean initialValue) {
    return new Series<>(
        lookup,
        definition.labels(),
        routeMethod,
        template,
        initialValue,
        () -> guard(definition.name()));
  }

  /** The one client_java metric for this definition's name, created on first use. */
  private Object metric(MetricDefinition definition) {
    Created created =
        byName.computeIfAbsent(
            definition.name(), name -> new Created(definition, create(definition)));
    if (!created.definition().sameMetricAs(definition)) {
      throw new IllegalArgumentException(
          "metric '" + definition.name() + "' is defined twice, differently: "
              + created.definition() + " and " + definition);
    }
    return created.metric();
  }

  private Object create(MetricDefinition definition) {
    String[] labelNames = definition.labelNames().toArray(new String[0]);
    return switch (definition.kind()) {
      case COUNTER ->
          Counter.builder()
              .name(definition.name())
              .help(definition.help())
              .labelNames(labelNames)
              .withoutExemplars()
              .register(registry);
      case HISTOGRAM ->
          Histogram.builder()
              .name(definition.name())
              .help(definition.help())
              .labelNames(labelNames)
              .classicOnly()
              .classicUpperBounds(definition.buckets())
              .withoutExemplars()
              .register(registry);
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
