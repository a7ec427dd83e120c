package io.promwire.runtime;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
 *
 * <p>The raw-path and custom groupings and computed default labels take their values from the
 * request, so each metric they label has a {@link SeriesGuard}: past its series limit they are
 * recorded as {@link LabelDefinition#OVERFLOW_VALUE} ({@code method} and {@code status} keep
 * theirs), and a grouping or default label function that throws gives {@link
 * LabelDefinition#ERROR_VALUE}. Those functions run once per request, for every default metric; a
 * failure is counted once, under the duration metric.
 */
final class DefaultMetrics {
  /** The {@code method} label of unrouted requests with a method outside the HTTP standard. */
  static final String OTHER_METHOD = "_OTHER";

  private static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

  /** The data points of one label set, all but the exceptions counter. */
  record Points(DistributionDataPoint duration, CounterDataPoint requests) {}

  // Where the labels sit in each metric's values: the default labels come last.
  private static final int DURATION_GROUP = 1;
  private static final int DURATION_DEFAULTS = 3;
  private static final int REQUEST_DEFAULTS = 2;

  private final Function<String[], DistributionDataPoint> duration;
  private final Counter requests;
  private final Counter exceptions;
  private final GroupBy groupBy;
  private final List<LabelDefinition> defaultLabels;
  /** The group's value for groupings that are not static, or {@code null}. */
  private final LabelDefinition dynamicGroup;
  private final boolean[] defaultFromRequest;
  // Each null when nothing in the metric's labels comes from the request.
  private final SeriesGuard durationGuard;
  private final SeriesGuard requestsGuard;
  private final SeriesGuard exceptionsGuard;

  private DefaultMetrics(Instruments instruments) {
    PrometheusRegistry registry = instruments.registry();
    PromwireOptions options = instruments.options();
    this.groupBy = options.groupBy();
    this.defaultLabels = options.defaultLabels();
    this.dynamicGroup =
        switch (groupBy.mode()) {
          case RAW_PATH -> LabelDefinition.computed(groupBy.labelName(), Request::path);
          case CUSTOM -> LabelDefinition.computed(groupBy.labelName(), groupBy.function());
          case TEMPLATE, ENDPOINT -> null;
        };
    this.defaultFromRequest = new boolean[defaultLabels.size()];
    boolean defaultsFromRequest = false;
    for (int i = 0; i < defaultFromRequest.length; i++) {
      defaultFromRequest[i] = defaultLabels.get(i).isFromRequest();
      defaultsFromRequest |= defaultFromRequest[i];
    }
    String[] defaultNames = defaultLabels.stream().map(LabelDefinition::name).toArray(String[]::new);
    String[] durationLabels = concat(defaultNames, "method", groupBy.labelName(), "status");
    String[] requestLabels = concat(defaultNames, "method", "status");
    requireDistinct(durationLabels);
    String durationName = options.prefixed("http_request_duration_seconds");
    String requestsName = options.prefixed("http_request_total");
    String exceptionsName = options.prefixed("http_request_exceptions_total");
    this.duration =
        options.durationAsSummary()
            ? summary(registry, durationName, durationLabels)::labelValues
            : histogram(registry, options, durationName, durationLabels)::labelValues;
    this.requests =
        counter(registry, requestsName, "Total number of HTTP requests", requestLabels);
    this.exceptions =
        counter(
            registry,
            exceptionsName,
            "Total number of HTTP requests which resulted in an exception",
            requestLabels);
    this.durationGuard =
        dynamicGroup != null || defaultsFromRequest ? instruments.guard(durationName) : null;
    this.requestsGuard = defaultsFromRequest ? instruments.guard(requestsName) : null;
    this.exceptionsGuard = defaultsFromRequest ? instruments.guard(exceptionsName) : null;
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
    return new DefaultMetrics(instruments);
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
  String dynamicGroup(Request request, int status, Response response, Throwable error) {
    if (dynamicGroup == null) {
      throw new IllegalStateException(groupBy.mode() + " is static");
    }
    return durationGuard.value(dynamicGroup, request, status, response, error, true);
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

  /**
   * The data points of one request's labels.
   *
   * @param groupFromRequest whether {@code group} came from {@link #dynamicGroup}
   * @param defaults the request's {@link #defaultValues}
   */
  Points points(
      String method, String group, boolean groupFromRequest, int status, String[] defaults) {
    String statusText = StatusCodes.text(status);
    String[] durationValues = concat(defaults, method, group, statusText);
    if (durationGuard != null && !durationGuard.admit(durationValues, true)) {
      overflow(durationValues, DURATION_DEFAULTS);
      if (groupFromRequest) {
        durationValues[DURATION_GROUP] = LabelDefinition.OVERFLOW_VALUE;
      }
    }
    return new Points(
        duration.apply(durationValues),
        requests.labelValues(guarded(requestsGuard, concat(defaults, method, statusText))));
  }

  CounterDataPoint exceptions(String method, String[] defaults) {
    return exceptions.labelValues(
        guarded(exceptionsGuard, concat(defaults, method, StatusCodes.text(500))));
  }

  /** The default label values of one request, computed once for every default metric. */
  String[] defaultValues(Request request, int status, Response response, Throwable error) {
    String[] values = new String[defaultLabels.size()];
    for (int i = 0; i < values.length; i++) {
      LabelDefinition label = defaultLabels.get(i);
      values[i] =
          defaultFromRequest[i]
              ? durationGuard.value(label, request, status, response, error, true)
              : label.valueFor(request, status, response, error);
    }
    return values;
  }

  /** The values as given, or with the default labels taken from the request overflowed. */
  private String[] guarded(SeriesGuard guard, String[] values) {
    if (guard != null && !guard.admit(values, true)) {
      overflow(values, REQUEST_DEFAULTS);
    }
    return values;
  }

  private void overflow(String[] values, int firstDefault) {
    for (int i = 0; i < defaultFromRequest.length; i++) {
      if (defaultFromRequest[i]) {
        values[firstDefault + i] = LabelDefinition.OVERFLOW_VALUE;
      }
    }
  }

  /** client_java accepts repeated label names at registration, then fails every scrape. */
  private static void requireDistinct(String[] labelNames) {
    Set<String> seen = new HashSet<>();
    for (String name : labelNames) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException(
            "the default HTTP metrics would have two labels named '" + name
                + "': rename the default label or the grouping");
      }
    }
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
      PrometheusRegistry registry, PromwireOptions options, String name, String[] labelNames) {
    Histogram.Builder builder =
        Histogram.builder()
            .name(name)
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

  private static Summary summary(PrometheusRegistry registry, String name, String[] labelNames) {
    return Summary.builder()
        .name(name)
        .help("HTTP request duration in seconds")
        .labelNames(labelNames)
        .withoutExemplars()
        .register(registry);
  }
}
