package io.promwire.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the default HTTP metrics and the metrics endpoint behave; prometheus-flask-exporter's
 * options in Java form. Immutable; made with {@link #builder()}.
 *
 * <pre>{@code
 * PromwireOptions.builder()
 *     .prefix("flask")
 *     .excludePaths("/health")
 *     .defaultLabel("region", "eu-1")
 *     .build();
 * }</pre>
 */
public final class PromwireOptions {
  /** The {@code path} label of requests that match no route. */
  public static final String UNMATCHED_PATH = "<unmatched>";

  /**
   * The default {@link #seriesLimit(String) series limit} of a metric, the OpenTelemetry SDK's
   * default cardinality limit.
   */
  public static final int DEFAULT_SERIES_LIMIT = 2000;

  /** The default {@link #maxLabelValueLength() longest label value} taken from a request. */
  public static final int DEFAULT_MAX_LABEL_VALUE_LENGTH = 256;

  /** The default {@link #maxLabelTextChars() label text} of one metric: 64 Ki characters. */
  public static final int DEFAULT_MAX_LABEL_TEXT_CHARS = 64 * 1024;

  /**
   * How long a route may take to complete the stage it returned, by default: 30 seconds, the
   * asynchronous request timeout of Jetty and Tomcat.
   */
  public static final Duration DEFAULT_ASYNC_TIMEOUT = Duration.ofSeconds(30);

  private final String prefix;
  private final double[] buckets;
  private final boolean durationAsSummary;
  private final boolean nativeHistograms;
  private final boolean defaultMetrics;
  private final GroupBy groupBy;
  private final List<Pattern> excludedPaths;
  private final boolean excludedPathsSilenceAll;
  private final List<LabelDefinition> defaultLabels;
  private final List<MetricDefinition> everyRoute;
  private final String metricsPath;
  private final MetricsAuth metricsAuth;
  private final boolean jvmMetrics;
  private final int seriesLimit;
  private final Map<String, Integer> seriesLimits;
  private final int maxLabelValueLength;
  private final int maxLabelTextChars;
  private final DefaultNaming naming;
  private final boolean exemplars;
  private final ExceptionHandlers exceptionHandlers;
  private final Duration asyncTimeout;

  private PromwireOptions(Builder b) {
    this.naming = b.naming;
    this.exemplars = b.exemplars;
    this.prefix = NamingPrefix.of(b.naming, b.prefix);
    this.buckets = b.buckets.clone();
    this.durationAsSummary = b.durationAsSummary;
    this.nativeHistograms = b.nativeHistograms;
    this.defaultMetrics = b.defaultMetrics;
    this.groupBy = b.groupBy;
    this.excludedPaths = List.copyOf(b.excludedPaths);
    this.excludedPathsSilenceAll = b.excludedPathsSilenceAll;
    this.defaultLabels = List.copyOf(b.defaultLabels);
    this.everyRoute = List.copyOf(b.everyRoute);
    this.metricsPath = b.metricsPath;
    this.metricsAuth = b.metricsAuth;
    this.jvmMetrics = b.jvmMetrics;
    this.seriesLimit = b.seriesLimit;
    this.seriesLimits = Map.copyOf(b.seriesLimits);
    this.maxLabelValueLength = b.maxLabelValueLength;
    this.maxLabelTextChars = b.maxLabelTextChars;
    this.exceptionHandlers = b.exceptionHandlers.build();
    this.asyncTimeout = b.asyncTimeout;
  }

  /** {@return every option at its default} */
  public static PromwireOptions defaults() {
    return builder().build();
  }

  /** {@return a builder with every option at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return what the default metric names start with, before an underscore; empty for none} */
  public String prefix() {
    return prefix;
  }

  /** {@return whose names the default HTTP metrics take} */
  public DefaultNaming naming() {
    return naming;
  }

  /**
   * {@return whether counters and histograms carry exemplars (the trace and span id of the span
   * current when they are recorded) when a tracer client_java supports is present}
   */
  public boolean exemplars() {
    return exemplars;
  }

  /**
   * {@return {@code name} with the prefix and an underscore in front, or as it is when there is
   * none}
   *
   * @param name a metric name
   */
  public String prefixed(String name) {
    return prefix.isEmpty() ? name : prefix + "_" + name;
  }

  /** {@return the buckets of the default duration histogram, in seconds} */
  public double[] buckets() {
    return buckets.clone();
  }

  /** {@return whether request durations are a summary instead of a histogram} */
  public boolean durationAsSummary() {
    return durationAsSummary;
  }

  /** {@return whether the duration histogram has native buckets beside the classic ones} */
  public boolean nativeHistograms() {
    return nativeHistograms;
  }

  /** {@return whether the default HTTP metrics are recorded at all} */
  public boolean defaultMetrics() {
    return defaultMetrics;
  }

  /** {@return what the {@code path} label of the default duration histogram holds} */
  public GroupBy groupBy() {
    return groupBy;
  }

  /** {@return the path expressions that record nothing, matched from the start of the path} */
  public List<Pattern> excludedPaths() {
    return excludedPaths;
  }

  /**
   * {@return whether a request path matches an excluded path expression, from the start of the
   * path}
   *
   * @param path the decoded request path
   */
  public boolean isExcluded(String path) {
    for (int i = 0; i < excludedPaths.size(); i++) {
      if (excludedPaths.get(i).matcher(path).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether excluded paths also silence the routes' own annotated metrics, or only the
   * default HTTP metrics}
   */
  public boolean excludedPathsSilenceAll() {
    return excludedPathsSilenceAll;
  }

  /** {@return the labels added to the default metrics and every annotated metric} */
  public List<LabelDefinition> defaultLabels() {
    return defaultLabels;
  }

  /** {@return the metrics recorded around every route} */
  public List<MetricDefinition> everyRoute() {
    return everyRoute;
  }

  /** {@return the path of the metrics endpoint on the app's server, or {@code null} for none} */
  public String metricsPath() {
    return metricsPath;
  }

  /**
   * {@return what protects the metrics endpoint, on the app's server and on the separate metrics
   * port, or {@code null} for nothing}
   */
  public MetricsAuth metricsAuth() {
    return metricsAuth;
  }

  /** {@return whether client_java's JVM metrics are registered too} */
  public boolean jvmMetrics() {
    return jvmMetrics;
  }

  /** {@return the series limit of the metrics that have none of their own} */
  public int seriesLimit() {
    return seriesLimit;
  }

  /**
   * How many distinct combinations of label values calls may create for a metric that has labels
   * taken from the request (path and query parameters, headers, resolvers, computed default labels,
   * the raw-path, full-path and custom groupings). Past it, new combinations are recorded with
   * those labels set to {@link LabelDefinition#OVERFLOW_VALUE}. Metrics whose labels are all
   * bounded by the code have no limit.
   *
   * @param metricName the name as declared, such as {@code invocation_by_type} or {@code
   *     http_request_total}; a counter's {@code _total} suffix may be left out
   * @return the limit of that metric
   */
  public int seriesLimit(String metricName) {
    return seriesLimits.getOrDefault(limitKey(metricName), seriesLimit);
  }

  /**
   * The longest value, in characters, that a label taken from the request may have. A longer one
   * is recorded as {@link LabelDefinition#OVERFLOW_VALUE} and counted in {@code
   * promwire_label_too_long_total{metric}}; it is never cut, so a value in the metrics is always one
   * that was sent.
   *
   * @return the length in characters
   */
  public int maxLabelValueLength() {
    return maxLabelValueLength;
  }

  /**
   * How many characters the label values of one metric with labels taken from the request may hold
   * together, over all its series: past it, as past its {@link #seriesLimit(String) series limit},
   * new combinations are recorded as {@link LabelDefinition#OVERFLOW_VALUE}. With the series limit
   * it bounds what such a metric keeps, and what it adds to a scrape, whatever clients send.
   *
   * @return the characters in total
   */
  public int maxLabelTextChars() {
    return maxLabelTextChars;
  }

  /**
   * {@return how long a route that answers through a {@code CompletionStage} may take to complete
   * it; past it the request is answered 503, recorded with a {@code TimeoutException}}
   */
  public Duration asyncTimeout() {
    return asyncTimeout;
  }

  /** The app-wide exception handlers, applied by the dispatcher. */
  ExceptionHandlers exceptionHandlers() {
    return exceptionHandlers;
  }

  /** Counters are exposed with {@code _total}, declared with or without it: either name works. */
  private static String limitKey(String metricName) {
    return metricName.endsWith("_total")
        ? metricName.substring(0, metricName.length() - "_total".length())
        : metricName;
  }

  /** Builds {@link PromwireOptions}. */
  public static final class Builder {
    private String prefix = "";
    private double[] buckets = MetricDefinition.DEFAULT_BUCKETS;
    private boolean durationAsSummary;
    private boolean nativeHistograms;
    private boolean defaultMetrics = true;
    private GroupBy groupBy = GroupBy.template();
    private final List<Pattern> excludedPaths = new ArrayList<>();
    private boolean excludedPathsSilenceAll = true;
    private final List<LabelDefinition> defaultLabels = new ArrayList<>();
    private final List<MetricDefinition> everyRoute = new ArrayList<>();
    private String metricsPath = "/metrics";
    private MetricsAuth metricsAuth;
    private boolean jvmMetrics = true;
    private int seriesLimit = DEFAULT_SERIES_LIMIT;
    private final Map<String, Integer> seriesLimits = new HashMap<>();
    private int maxLabelValueLength = DEFAULT_MAX_LABEL_VALUE_LENGTH;
    private int maxLabelTextChars = DEFAULT_MAX_LABEL_TEXT_CHARS;
    private DefaultNaming naming = DefaultNaming.PROMWIRE;
    private boolean exemplars = true;
    private final ExceptionHandlers.Builder exceptionHandlers = new ExceptionHandlers.Builder();
    private Duration asyncTimeout = DEFAULT_ASYNC_TIMEOUT;

    private Builder() {}

    /**
     * Whether counters and histograms carry exemplars from the current OpenTelemetry span (true by
     * default). Without a tracer on the class path they carry none either way.
     *
     * @param exemplars false to leave them out
     * @return this builder
     */
    public Builder exemplars(boolean exemplars) {
      this.exemplars = exemplars;
      return this;
    }

    /**
     * Whose names and labels the default HTTP metrics take: promwire's (the default),
     * prometheus-flask-exporter's, OpenTelemetry's or Micrometer's; see {@link DefaultNaming}.
     *
     * @param naming the preset
     * @return this builder
     */
    public Builder naming(DefaultNaming naming) {
      this.naming = Objects.requireNonNull(naming, "naming");
      return this;
    }

    /**
     * Put in front of the default metric names with an underscore; {@code flask} gives
     * prometheus-flask-exporter's names.
     *
     * @param prefix the prefix; empty (the default) for none
     * @return this builder
     * @throws IllegalArgumentException when it is not empty and not a valid metric name
     */
    public Builder prefix(String prefix) {
      this.prefix = NameRules.prefix(Objects.requireNonNull(prefix));
      return this;
    }

    /**
     * Sets the buckets of the default duration histogram, in seconds.
     *
     * @param buckets the bucket upper bounds; {@link MetricDefinition#DEFAULT_BUCKETS} by default
     * @return this builder
     */
    public Builder buckets(double... buckets) {
      this.buckets = buckets.clone();
      return this;
    }

    /**
     * Exposes request durations as a summary instead of a histogram.
     *
     * @param durationAsSummary true for a summary; false (the default) for a histogram
     * @return this builder
     */
    public Builder durationAsSummary(boolean durationAsSummary) {
      this.durationAsSummary = durationAsSummary;
      return this;
    }

    /**
     * Adds native histogram buckets beside the classic ones for Prometheus servers that ingest
     * them.
     *
     * @param nativeHistograms true to add them; false by default
     * @return this builder
     */
    public Builder nativeHistograms(boolean nativeHistograms) {
      this.nativeHistograms = nativeHistograms;
      return this;
    }

    /**
     * Sets whether the default HTTP metrics are recorded at all.
     *
     * @param defaultMetrics false to record none of them; true by default
     * @return this builder
     */
    public Builder defaultMetrics(boolean defaultMetrics) {
      this.defaultMetrics = defaultMetrics;
      return this;
    }

    /**
     * Sets what the {@code path} label of the default duration histogram holds.
     *
     * @param groupBy the grouping; {@link GroupBy#template()} by default
     * @return this builder
     */
    public Builder groupBy(GroupBy groupBy) {
      this.groupBy = Objects.requireNonNull(groupBy);
      return this;
    }

    /**
     * Paths matching any of these regular expressions, from the start of the path, record nothing.
     *
     * @param regexes the regular expressions, added to those given before
     * @return this builder
     * @throws java.util.regex.PatternSyntaxException when one is not a valid regular expression
     */
    public Builder excludePaths(String... regexes) {
      for (String regex : regexes) {
        excludedPaths.add(Pattern.compile(regex));
      }
      return this;
    }

    /**
     * Sets whether excluded paths also silence the routes' own annotated metrics (true by default),
     * or only the default HTTP metrics.
     *
     * @param silenceAll false to silence only the default HTTP metrics
     * @return this builder
     */
    public Builder excludedPathsSilenceAll(boolean silenceAll) {
      this.excludedPathsSilenceAll = silenceAll;
      return this;
    }

    /**
     * Adds a label with a static value to the default metrics and every annotated metric.
     *
     * @param name the label name
     * @param value the value
     * @return this builder
     */
    public Builder defaultLabel(String name, String value) {
      NameRules.labelName(Objects.requireNonNull(name, "name"), "PromwireOptions.defaultLabel");
      defaultLabels.add(LabelDefinition.constant(name, value));
      return this;
    }

    /**
     * Adds a label computed per request to the default metrics and every annotated metric.
     *
     * @param name the label name
     * @param value computes the value from the request; it gets {@code null} for direct calls
     * @return this builder
     */
    public Builder defaultLabel(String name, Function<Request, String> value) {
      NameRules.labelName(Objects.requireNonNull(name, "name"), "PromwireOptions.defaultLabel");
      defaultLabels.add(LabelDefinition.computed(name, value));
      return this;
    }

    /**
     * Adds metrics recorded around every route, as prometheus-flask-exporter's register_default.
     *
     * @param metrics the metrics
     * @return this builder
     */
    public Builder everyRoute(MetricDefinition... metrics) {
      everyRoute.addAll(List.of(metrics));
      return this;
    }

    /**
     * Sets the path of the metrics endpoint on the app's server, matched exactly; {@code null}
     * serves none there (serve it on its own port with {@link Promwire#serveMetrics(String, int)},
     * which uses {@code /metrics} then).
     *
     * @param metricsPath the path, such as {@code /metrics} (the default); or {@code null}
     * @return this builder
     * @throws IllegalArgumentException when the path does not start with {@code /}
     */
    public Builder metricsPath(String metricsPath) {
      if (metricsPath != null && !metricsPath.startsWith("/")) {
        throw new IllegalArgumentException("the metrics path must start with '/': " + metricsPath);
      }
      this.metricsPath = metricsPath;
      return this;
    }

    /**
     * Protects the metrics endpoint; {@code null} (the default) leaves it open.
     *
     * @param metricsAuth the check of a scrape's {@code Authorization} header, or {@code null}
     * @return this builder
     */
    public Builder metricsAuth(MetricsAuth metricsAuth) {
      this.metricsAuth = metricsAuth;
      return this;
    }

    /**
     * Sets whether client_java's JVM metrics are registered too (true by default).
     *
     * @param jvmMetrics false to leave them out
     * @return this builder
     */
    public Builder jvmMetrics(boolean jvmMetrics) {
      this.jvmMetrics = jvmMetrics;
      return this;
    }

    /**
     * Sets the series limit of every metric without one of its own, {@value
     * PromwireOptions#DEFAULT_SERIES_LIMIT} by default; see {@link
     * PromwireOptions#seriesLimit(String)}.
     *
     * @param limit the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the limit is below 1
     */
    public Builder seriesLimit(int limit) {
      this.seriesLimit = positive(limit);
      return this;
    }

    /**
     * Sets the series limit of one metric, named as declared ({@code _total} optional).
     *
     * @param metricName the metric name
     * @param limit the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when the limit is below 1
     */
    public Builder seriesLimit(String metricName, int limit) {
      seriesLimits.put(limitKey(Objects.requireNonNull(metricName, "metricName")), positive(limit));
      return this;
    }

    /**
     * The longest label value taken from a request, {@value
     * PromwireOptions#DEFAULT_MAX_LABEL_VALUE_LENGTH} characters by default.
     *
     * @param length the longest value in characters
     * @return this builder
     */
    public Builder maxLabelValueLength(int length) {
      this.maxLabelValueLength = positive(length);
      return this;
    }

    /**
     * The label text one metric with labels taken from the request may hold, {@value
     * PromwireOptions#DEFAULT_MAX_LABEL_TEXT_CHARS} characters by default.
     *
     * @param chars the characters one metric's label values may hold together
     * @return this builder
     */
    public Builder maxLabelTextChars(int chars) {
      this.maxLabelTextChars = positive(chars);
      return this;
    }

    private static int positive(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("a limit must be at least 1, was " + limit);
      }
      return limit;
    }

    /**
     * Answers the exceptions of {@code type} (and its subclasses) that route methods throw, as
     * Flask's {@code @app.errorhandler}: the handler registered for the exception's most specific
     * class wins. The response is the request's answer, and every metric sees it as one: its status
     * in the default metrics and {@code STATUS} labels, the response for {@link LabelResolver}s, and
     * it is not counted in {@code http_request_exceptions_total}. {@code EXCEPTION} labels still
     * name the exception, which did happen. A handler that throws or returns {@code null} gives the
     * 500 of an unhandled exception, counted and logged.
     *
     * <p>{@link HttpStatusException} is already a response: only a handler registered for it takes
     * it, not one for {@code RuntimeException} or {@code Exception}. Registering a type again
     * replaces its handler. Direct calls of decorators are not requests and see no handler.
     *
     * @param <E> the exception type
     * @param type the exception class; its subclasses are answered too
     * @param handler makes the response from the exception and the request
     * @return this builder
     * @throws IllegalArgumentException for a {@link VirtualMachineError} type, never handled
     */
    public <E extends Throwable> Builder exceptionHandler(
        Class<E> type, BiFunction<? super E, Request, Response> handler) {
      exceptionHandlers.add(type, handler);
      return this;
    }

    /**
     * How long a route that returns a {@code CompletionStage} may take to complete it, {@link
     * PromwireOptions#DEFAULT_ASYNC_TIMEOUT 30 seconds} by default. A stage still pending then is
     * answered {@code 503 Service Unavailable}, as is a cancelled one, unless an {@link
     * #exceptionHandler} answers the {@code TimeoutException} or {@code CancellationException}:
     * {@code EXCEPTION} labels name it, and {@code http_request_exceptions_total}, which counts the
     * 500s of unhandled exceptions, leaves it out. The stage itself is left alone and its later
     * result ignored.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when {@code timeout} is zero or negative
     */
    public Builder asyncTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("asyncTimeout must be positive, was " + timeout);
      }
      this.asyncTimeout = timeout;
      return this;
    }

    /** {@return the options} */
    public PromwireOptions build() {
      return new PromwireOptions(this);
    }
  }
}
