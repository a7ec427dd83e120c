package io.promwire.runtime.internal;

import io.promwire.runtime.GroupBy;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default HTTP metrics, prometheus-flask-exporter's, with prefix {@code P} under the default
 * {@link io.promwire.runtime.DefaultNaming naming} (the other namings' are in {@link HttpNaming}):
 *
 * <ul>
 *   <li>{@code P_http_request_duration_seconds}: a histogram (or a summary) labelled {@code
 *       method}, the {@link GroupBy} label ({@code path} by default) and {@code status};
 *   <li>{@code P_http_request_total}: a counter labelled {@code method} and {@code status};
 *   <li>{@code P_http_request_exceptions_total}: a counter labelled {@code method} and {@code
 *       status} (always 500) of exceptions no handler turned into a response;
 *   <li>{@code P_exporter_info}: the library version, with the static default labels only.
 * </ul>
 *
 * The default labels of the options follow the labels above. They are recorded through the same
 * {@link Series} as every other metric: per route and {@code method} label, {@link RequestMetrics}
 * made once; for unmatched requests, one per {@code method} label; for requests something else
 * served, one per template, endpoint and {@code method} label, made on first use.
 *
 * <p>The raw-path, full-path and custom groupings and computed default labels take their values
 * from the request, so the metrics they label have a series limit: past it they are recorded as
 * {@link LabelDefinition#OVERFLOW_VALUE} ({@code method} and {@code status} keep theirs), and a
 * grouping or default label function that throws gives {@link LabelDefinition#ERROR_VALUE}.
 */
public final class HttpMetrics {
  /** The {@code method} label of requests with a method outside the HTTP standard. */
  public static final String OTHER_METHOD = "_OTHER";

  private static final String[] METHOD_LABELS = {
    "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", OTHER_METHOD
  };
  private final Instruments instruments;
  private final PromwireOptions options;
  private final HttpNaming naming;
  private final RequestMetrics[] unmatched = new RequestMetrics[METHOD_LABELS.length];
  private final Map<String, Map<String, RequestMetrics[]>> elsewhere = new ConcurrentHashMap<>();

  /** Decided once from the options: asked on every request something else served. */
  private final boolean readsRequest;

  private HttpMetrics(Instruments instruments) {
    this.instruments = instruments;
    this.options = instruments.options();
    this.naming = HttpNaming.of(options);
    this.readsRequest = readsRequest(options);
    requireDistinctLabels();
    for (int i = 0; i < METHOD_LABELS.length; i++) {
      unmatched[i] = create(METHOD_LABELS[i], null, null);
    }
  }

  /**
   * Registers the default metrics and the exporter info as the options say.
   *
   * @return the default metrics, or {@code null} when the options turn them off
   */
  public static HttpMetrics register(Instruments instruments) {
    PromwireOptions options = instruments.options();
    if (!options.defaultMetrics()) {
      return null;
    }
    instruments.info(
        MetricDefinition.info(
                options.prefixed("exporter_info"), "Information about the promwire exporter")
            .label(LabelDefinition.constant("version", LibraryVersion.get())));
    return new HttpMetrics(instruments);
  }

  /** Whether a grouping or a default label reads the request, beyond its method and status. */
  public boolean readsRequest() {
    return readsRequest;
  }

  private static boolean readsRequest(PromwireOptions options) {
    GroupBy.Mode mode = options.groupBy().mode();
    return mode == GroupBy.Mode.RAW_PATH
        || mode == GroupBy.Mode.FULL_PATH
        || mode == GroupBy.Mode.CUSTOM
        || options.defaultLabels().stream().anyMatch(l -> !LabelValues.isStatic(l, null, null));
  }

  /** Whether a definition is the request duration, the one histogram with native buckets. */
  static boolean isDuration(MetricDefinition definition, PromwireOptions options) {
    return definition.name().equals(HttpNaming.of(options).duration());
  }

  /** The {@code method} label of a request method: standard ones as they are, else _OTHER. */
  public static String methodLabel(String method) {
    return METHOD_LABELS[methodIndexOf(method)];
  }

  /**
   * The metrics of the requests a route's path answers under the given {@code method} label: the
   * route's own, or (with a {@code null} endpoint) the 405s for methods it does not serve.
   */
  public RequestMetrics forRoute(String methodLabel, String template, String endpoint) {
    return create(methodLabel, template, endpoint);
  }

  /** The metrics of a request that no route matched (404, or 400 for a malformed path). */
  public RequestMetrics unmatched(String method) {
    return unmatched[methodIndexOf(method)];
  }

  /**
   * The metrics of a request something other than the route tables served, such as another servlet.
   *
   * @param template a value from a small, fixed set standing for the route template, or {@code
   *     null} for an unmatched request
   * @param endpoint what {@link GroupBy#endpoint()} shows, or {@code null}
   */
  public RequestMetrics servedElsewhere(String method, String template, String endpoint) {
    if (template == null) {
      return unmatched(method);
    }
    Map<String, RequestMetrics[]> byEndpoint =
        elsewhere.computeIfAbsent(template, t -> new ConcurrentHashMap<>());
    RequestMetrics[] byMethod =
        byEndpoint.computeIfAbsent(
            endpoint == null ? "" : endpoint, e -> new RequestMetrics[METHOD_LABELS.length]);
    int index = methodIndexOf(method);
    RequestMetrics metrics = byMethod[index];
    if (metrics == null) {
      // Racing threads may both create it: both record into the same series.
      metrics = create(METHOD_LABELS[index], template, endpoint);
      byMethod[index] = metrics;
    }
    return metrics;
  }

  /** How many {@code method} labels there are: the standard methods and {@value #OTHER_METHOD}. */
  public static final int METHOD_LABEL_COUNT = METHOD_LABELS.length;

  /** The index of a request method's {@code method} label, below {@link #METHOD_LABEL_COUNT}. */
  public static int methodIndexOf(String method) {
    return switch (method) {
      case "GET" -> 0;
      case "HEAD" -> 1;
      case "POST" -> 2;
      case "PUT" -> 3;
      case "DELETE" -> 4;
      case "PATCH" -> 5;
      case "OPTIONS" -> 6;
      case "TRACE" -> 7;
      case "CONNECT" -> 8;
      default -> 9;
    };
  }

  /**
   * @param template the route template that matched the path, or {@code null} for none
   * @param endpoint the route's endpoint, or {@code null} when no route served the request
   */
  private RequestMetrics create(String methodLabel, String template, String endpoint) {
    LabelDefinition method = LabelDefinition.constant(naming.methodLabel(), methodLabel);
    LabelDefinition status = LabelDefinition.status(naming.statusLabel());
    MetricDefinition ownDuration =
        durationDefinition().label(method).label(group(template, endpoint)).label(status);
    for (LabelDefinition outcome : naming.outcomeLabels()) {
      ownDuration = ownDuration.label(outcome);
    }
    MetricDefinition duration = instruments.withDefaultLabels(ownDuration);
    return new RequestMetrics(
        instruments.durationWithDefaults(
            duration, methodLabel, template, ownDuration.labels().size()),
        naming.requests() == null
            ? null
            : counter(
                MetricDefinition.counter(naming.requests(), "Total number of HTTP requests")
                    .label(method)
                    .label(status),
                methodLabel,
                template),
        naming.exceptions() == null
            ? null
            : counter(
                MetricDefinition.counter(
                        naming.exceptions(),
                        "Total number of HTTP requests which resulted in an exception")
                    .label(method)
                    .label(LabelDefinition.constant(naming.statusLabel(), "500"))
                    .initialValue(false),
                methodLabel,
                template),
        options.defaultLabels(),
        () -> instruments.guard(duration.name()));
  }

  private CounterHandle counter(MetricDefinition own, String methodLabel, String template) {
    return instruments.counterWithDefaults(
        instruments.withDefaultLabels(own), methodLabel, template, own.labels().size());
  }

  private MetricDefinition durationDefinition() {
    return options.durationAsSummary()
        ? MetricDefinition.summary(naming.duration(), naming.durationHelp())
        : MetricDefinition.histogram(naming.duration(), naming.durationHelp(), options.buckets());
  }

  /**
   * The group label: the route alone decides it for the template and endpoint groupings, the
   * request for the others. Unmatched requests share the naming's unmatched value ({@link
   * PromwireOptions#UNMATCHED_PATH} by default), as do 405s grouped by endpoint, which no endpoint
   * served.
   */
  private LabelDefinition group(String template, String endpoint) {
    GroupBy groupBy = options.groupBy();
    String name = naming.groupLabel(groupBy);
    if (template == null) {
      return LabelDefinition.constant(name, naming.unmatchedRoute());
    }
    return switch (groupBy.mode()) {
      case TEMPLATE -> LabelDefinition.constant(name, template);
      case ENDPOINT ->
          LabelDefinition.constant(name, endpoint == null ? naming.unmatchedRoute() : endpoint);
      case RAW_PATH -> LabelDefinition.computed(name, Request::path);
      case FULL_PATH, CUSTOM -> LabelDefinition.computed(name, groupBy.function());
    };
  }

  /** client_java accepts repeated label names at registration, then fails every scrape. */
  private void requireDistinctLabels() {
    Set<String> seen = new HashSet<>();
    seen.add(naming.methodLabel());
    seen.add(naming.statusLabel());
    for (LabelDefinition outcome : naming.outcomeLabels()) {
      seen.add(outcome.name());
    }
    checkDistinct(seen, naming.groupLabel(options.groupBy()));
    for (LabelDefinition label : options.defaultLabels()) {
      checkDistinct(seen, label.name());
    }
  }

  private static void checkDistinct(Set<String> seen, String name) {
    if (!seen.add(name)) {
      throw new IllegalArgumentException(
          "the default HTTP metrics would have two labels named '" + name
              + "': rename the default label or the grouping");
    }
  }
}
