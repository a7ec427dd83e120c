package io.promwire.processor;

import com.squareup.javapoet.ClassName;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The names of the annotations the processor reads and of the runtime types it generates for. */
final class Api {
  static final String ANNOTATIONS = "io.promwire.annotations";
  static final String RUNTIME = "io.promwire.runtime";
  /** The runtime's package for generated code. */
  static final String INTERNAL = RUNTIME + ".internal";

  static final String ROUTE_PREFIX = ANNOTATIONS + ".RoutePrefix";
  static final String PATH_PARAM = ANNOTATIONS + ".PathParam";
  static final String QUERY_PARAM = ANNOTATIONS + ".QueryParam";
  static final String DO_NOT_TRACK = ANNOTATIONS + ".DoNotTrack";
  static final String EXCLUDE_ALL = ANNOTATIONS + ".ExcludeAllMetrics";

  /** Route annotation by qualified name, with the HTTP method it serves. */
  static final Map<String, String> ROUTES = routes();

  static final String LABEL_RESOLVER = RUNTIME + ".LabelResolver";
  static final String REQUEST_LABEL_RESOLVER = RUNTIME + ".RequestLabelResolver";
  static final String REQUEST_TYPE = RUNTIME + ".Request";
  static final String RESPONSE_TYPE = RUNTIME + ".Response";
  static final String COMPLETION_STAGE_TYPE = "java.util.concurrent.CompletionStage";
  static final String COMPLETABLE_FUTURE_TYPE = "java.util.concurrent.CompletableFuture";

  static final ClassName METRIC_DEFINITION = ClassName.get(RUNTIME, "MetricDefinition");
  static final ClassName LABEL_DEFINITION = ClassName.get(RUNTIME, "LabelDefinition");
  static final ClassName REQUEST = ClassName.get(RUNTIME, "Request");
  static final ClassName RESPONSE = ClassName.get(RUNTIME, "Response");
  static final ClassName PROMWIRE = ClassName.get(RUNTIME, "Promwire");
  static final ClassName PROMWIRE_OPTIONS = ClassName.get(RUNTIME, "PromwireOptions");
  static final ClassName INSTRUMENTS = ClassName.get(INTERNAL, "Instruments");
  static final ClassName COUNTER_HANDLE = ClassName.get(INTERNAL, "CounterHandle");
  static final ClassName DURATION_HANDLE = ClassName.get(INTERNAL, "DurationHandle");
  static final ClassName IN_PROGRESS_HANDLE = ClassName.get(INTERNAL, "InProgressHandle");
  static final ClassName DIRECT_CALL = ClassName.get(INTERNAL, "DirectCall");
  static final ClassName ROUTE = ClassName.get(INTERNAL, "Route");
  static final ClassName ROUTE_TABLE = ClassName.get(INTERNAL, "RouteTable");
  static final ClassName HANDLERS = ClassName.get(INTERNAL, "Handlers");
  static final ClassName PROMWIRE_MODULE = ClassName.get(INTERNAL, "PromwireModule");
  static final ClassName PARAMS = ClassName.get(INTERNAL, "Params");
  static final ClassName CONVERTER = ClassName.get(INTERNAL, "Converter");
  static final ClassName OUTCOMES = ClassName.get(INTERNAL, "Outcomes");
  static final ClassName STAGES = ClassName.get(INTERNAL, "Stages");
  static final ClassName GAUGE_DATA_POINT =
      ClassName.get("io.prometheus.metrics.core.datapoints", "GaugeDataPoint");
  static final ClassName PROMETHEUS_REGISTRY =
      ClassName.get("io.prometheus.metrics.model.registry", "PrometheusRegistry");

  /** Jakarta REST's own annotations, read by name: the processor does not depend on the API. */
  static final String JAXRS = "jakarta.ws.rs";
  static final String JAXRS_PATH = JAXRS + ".Path";
  static final String JAXRS_HTTP_METHOD = JAXRS + ".HttpMethod";
  static final String JAXRS_PATH_PARAM = JAXRS + ".PathParam";
  /** The method designators Jakarta REST defines; others are found by their {@code @HttpMethod}. */
  static final List<String> JAXRS_DESIGNATORS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS").stream()
          .map(method -> JAXRS + "." + method)
          .toList();

  /** promwire-jaxrs's package for generated code. */
  static final String JAXRS_INTERNAL = "io.promwire.jaxrs.internal";
  static final ClassName RESOURCE_METRICS = ClassName.get(JAXRS_INTERNAL, "ResourceMetrics");
  static final ClassName RESOURCE_METHOD = ClassName.get(JAXRS_INTERNAL, "ResourceMethod");
  static final ClassName RESOLVED_RESOURCE_METHOD =
      ClassName.get(JAXRS_INTERNAL, "ResolvedResourceMethod");

  private Api() {}

  /** The Jakarta REST annotations that make a class a resource the processor reads. */
  static Set<String> resourceTriggers() {
    Set<String> triggers = new LinkedHashSet<>();
    triggers.add(JAXRS_PATH);
    triggers.addAll(JAXRS_DESIGNATORS);
    return triggers;
  }

  /** The qualified name of the promwire annotation with this simple name. */
  static String annotation(String simpleName) {
    return ANNOTATIONS + "." + simpleName;
  }

  /** The container javac puts repeated annotations of {@code annotation} in. */
  static String container(String annotation) {
    return annotation + ".List";
  }

  /** Annotations that make a class a handler, repeat containers included. */
  static Set<String> handlerTriggers() {
    Set<String> triggers = new LinkedHashSet<>(ROUTES.keySet());
    for (String metric : new String[] {"Counted", "Histogram", "Summary", "Gauge", "Info"}) {
      triggers.add(annotation(metric));
      triggers.add(container(annotation(metric)));
    }
    return triggers;
  }

  /**
   * Every promwire annotation: the triggers, the route prefix, and those that are wrong where no
   * trigger is, such as {@code @DoNotTrack} on a method that is not a route.
   */
  static Set<String> supportedAnnotations() {
    Set<String> all = handlerTriggers();
    all.addAll(List.of(ROUTE_PREFIX, PATH_PARAM, QUERY_PARAM, DO_NOT_TRACK, EXCLUDE_ALL));
    return all;
  }

  private static Map<String, String> routes() {
    Map<String, String> routes = new LinkedHashMap<>();
    for (String method : new String[] {"Get", "Post", "Put", "Patch", "Delete"}) {
      routes.put(annotation(method), method.toUpperCase(java.util.Locale.ROOT));
    }
    return routes;
  }
}
