package io.promwire.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The default HTTP metrics, prometheus-flask-exporter's, with prefix {@code P}:
 *
 * <ul>
 *   <li>{@code P_http_request_duration_seconds}: a histogram (or a summary) labelled {@code
 *       method}, the {@link GroupBy} label ({@code path} by default) and {@code status};
 *   <li>{@code P_http_request_total}: a counter labelled {@code method} and {@code status};
 *   <li>{@code P_http_request_exceptions_total}: a counter labelled {@code method} and {@code
 *       status} (always 500) of exceptions no handler turned into a response;
 *   <li>{@code P_exporter_info}: the library version, without default labels.
 * </ul>
 *
 * The default labels of the options follow the labels above.
 */
final class DefaultMetrics {
  /** The {@code method} label of unrouted requests with a method outside the HTTP standard. */
  static final String OTHER_METHOD = "_OTHER";

  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

  /** The data points of one label set, all but the exceptions counter. */
  record Points(DistributionDataPoint duration, CounterDataPoint requests) {}

  private final Function<String[], DistributionDataPoint> duration;
  private final Counter requests;
  private final Counter exceptions;
  private final GroupBy groupBy;
  private final List<LabelDefinition> defaultLabels;

  private DefaultMetrics(PrometheusRegistry registry, PromwireOptions options) {
    this.groupBy = options.groupBy();
    this.defaultLabels = options.defaultLabels();
    String[] defaultNames = defaultLabels.stream().map(LabelDefinition::name).toArray(String[]::new);
    String[] durationLabels = concat(defaultNames, "method", groupBy.labelName(), "status");
    String[] requestLabels = concat(defaultNames, "method", "status");
    this.duration =
        options.durationAsSummary()
            ? summary(registry, options, durationLabels)::labelValues
            : histogram(registry, options, durationLabels)::labelValues;
    this.requests =
        counter(
            registry,
            options.prefixed("http_request_total"),
            "Total number of HTTP requests",
            requestLabels);
    this.exceptions =
        counter(
            registry,
            options.prefixed("http_request_exceptions_total"),
            "Total number of HTTP requests which resulted in an exception",
            requestLabels);
  }

  /**
   * Registers the default metrics and the exporter info as the options say.
   *
   * @return the default metrics, or {@code null} when the options turn them off
   */
  static DefaultMetrics register(Instruments instruments) {
    PromwireOptions options = instruments.options();
    if (!options.defaultMetrics()) {
      return null;
    }
    instruments.info(
        MetricDefinition.info(
                options.prefixed("exporter_info"), "Information about the promwire exporter")
            .label(LabelDefinition.constant("version", LibraryVersion.get())));
    return new DefaultMetrics(instruments.registry(), options);
  }

  /** The series of the requests a route serves, under the given {@code method} label. */
  DefaultSeries forRoute(Route route, String methodLabel) {
    return new DefaultSeries(this, methodLabel, route.template(), route.endpoint(), true);
  }

  /**
   * Records a request no route served: 404 or 400 ({@code template} is null) or 405 ({@code
   * template} is the route template that matched the path).
   */
  void recordUnrouted(Request request, String template, int status, long elapsedNanos) {
    new DefaultSeries(this, methodLabel(request.method()), template, null, false)
        .record(request, status, null, null, elapsedNanos);
  }

  /** The {@code method} label when no route chose it: standard methods as they are, else _OTHER. */
  static String methodLabel(String method) {
    return STANDARD_METHODS.contains(method) ? method : OTHER_METHOD;
  }

  /**
   * The group label value when the route alone decides it, else {@code null}. Unmatched requests
   * share {@link PromwireOptions#UNMATCHED_PATH}, as do 405s grouped by endpoint, which no endpoint
   * served.
   */
  String staticGroup(String template, String endpoint) {
    if (template == null) {
      return PromwireOptions.UNMATCHED_PATH;
    }
    return switch (groupBy.mode()) {
      case TEMPLATE -> template;
      case ENDPOINT -> endpoint == null ? PromwireOptions.UNMATCHED_PATH : endpoint;
      case RAW_PATH, CUSTOM -> null;
    };
  }

  /** The group label value of one request, for the groupings {@link #staticGroup} cannot give. */
  String dynamicGroup(Request request) {
    return switch (groupBy.mode()) {
      case RAW_PATH -> request.path();
      case CUSTOM -> Objects.requireNonNullElse(groupBy.function().apply(request), "");
      case TEMPLATE, ENDPOINT -> throw new IllegalStateException(groupBy.mode() + " is static");
    };
  }

  /** Whether every default label has the same value for every request of this route. */
  boolean defaultLabelsStatic(String routeMethod, String template) {
    for (LabelDefinition label : defaultLabels) {
      if (!label.isStaticFor(routeMethod, template)) {
        return false;
      }
    }
    return true;
  }

  Points points(
      String method, String group, int status, Request request, Response response, Throwable error) {
    String[] defaults = defaultValues(request, status, response, error);
    String statusText = StatusCodes.text(status);
    return new Points(
        duration.apply(concat(defaults, method, group, statusText)),
        requests.labelValues(concat(defaults, method, statusText)));
  }

  CounterDataPoint exceptions(String method, Request request, Response response, Throwable error) {
    String[] defaults = defaultValues(request, 500, response, error);
    return exceptions.labelValues(concat(defaults, method, StatusCodes.text(500)));
  }

  private String[] defaultValues(Request request, int status, Response response, Throwable error) {
    String[] values = new String[defaultLabels.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = defaultLabels.get(i).valueFor(request, status, response, error);
    }
    return values;
  }

  /** {@code first}, then {@code rest}: label names or values, the default labels' last. */
  private static String[] concat(String[] rest, String... first) {
    String[] all = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }

  private static Counter counter(
      PrometheusRegistry registry, String name, String help, String[] labelNames) {
    return Counter.builder()
        .name(name)
        .help(help)
        .labelNames(labelNames)
        .withoutExemplars()
        .register(registry);
  }

  private static Histogram histogram(
      PrometheusRegistry registry, PromwireOptions options, String[] labelNames) {
    Histogram.Builder builder =
        Histogram.builder()
            .name(options.prefixed("http_request_duration_seconds"))
            .help("HTTP request duration in seconds")
            .labelNames(labelNames)
            .classicUpperBounds(options.buckets())
            .withoutExemplars();
    // Native buckets allocate on every observation: only for Prometheus servers that ingest them.
    if (!options.nativeHistograms()) {
      builder.classicOnly();
    }
    return builder.register(registry);
  }

  private static Summary summary(
      PrometheusRegistry registry, PromwireOptions options, String[] labelNames) {
    return Summary.builder()
        .name(options.prefixed("http_request_duration_seconds"))
        .help("HTTP request duration in seconds")
        .labelNames(labelNames)
        .withoutExemplars()
        .register(registry);
  }
}
