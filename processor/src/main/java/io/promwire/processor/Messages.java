package io.promwire.processor;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message the processor prints. Each has a stable tag, {@code [promwire.tag]}, that users can
 * search for and tests can match, and says how to fix the problem.
 */
enum Messages {
  METRIC_NAME(
      "metricName",
      "metric name '%s' does not match [a-zA-Z_:][a-zA-Z0-9_:]*: use letters, digits, '_' and ':',"
          + " and do not start with a digit"),
  METRIC_NAME_ONLY_SUFFIX(
      "metricName",
      "%s name '%s' is only the suffix client_java strips from it, which leaves no name: put a"
          + " name before it, such as requests%s"),
  LABEL_NAME(
      "labelName",
      "label name '%s' %s: use letters, digits and '_', do not start with a digit or with '__'"),
  RESERVED_LABEL(
      "reservedLabel",
      "label name '%s' is reserved on a %s (client_java adds it to every series): rename the"
          + " label"),
  DUPLICATE_LABEL(
      "duplicateLabel",
      "label name '%s' appears more than once in metric '%s': give each label its own name"),
  HELP("help", "help of metric '%s' is empty: say in a few words what the metric measures"),
  METRIC_CONFLICT(
      "metricConflict",
      "metric '%s' is declared differently at %s (%s): one name is one metric, so declare it"
          + " identically everywhere or rename one of them"),
  EXPOSITION_CONFLICT(
      "metricConflict",
      "%s '%s' is exposed as '%s', the same name as %s '%s' at %s: Prometheus cannot tell them"
          + " apart, so rename one of them"),
  DEFAULT_METRIC(
      "defaultMetric",
      "%s '%s' clashes with promwire's default metric '%s' (%s): choose another name"),
  BUCKETS(
      "buckets",
      "buckets of histogram '%s' %s: give finite, non-negative upper bounds in strictly increasing"
          + " order"),
  QUANTILES(
      "quantiles",
      "quantile %s of summary '%s' %s: give distinct quantiles between 0 and 1, such as 0.5, 0.9,"
          + " 0.99"),
  INITIAL_VALUE(
      "initialValue",
      "initialValue = false has no effect on %s '%s', which declares no labels: client_java exposes"
          + " a metric without labels at 0 from its registration on; remove initialValue = false"),
  LABEL_SOURCE(
      "labelSource",
      "label '%s' %s: set exactly one of value, pathParam, queryParam, header, from or resolver"),
  LABEL_PATH_PARAM(
      "labelPathParam",
      "label '%s' reads path parameter '%s', which route template '%s' does not have: use one of"
          + " %s"),
  LABEL_NEEDS_ROUTE(
      "labelNeedsRoute",
      "label '%s' uses %s, which needs a request to a route, but %s is not a route: add a route"
          + " annotation such as @Get, or use value, from = LabelSource.EXCEPTION or a resolver"),
  LABEL_RESOLVER(
      "labelResolver",
      "resolver %s of label '%s' %s"),
  NO_RUNTIME(
      "noRuntime",
      "io.promwire.runtime is not on the class path, so %s: add the dependency"
          + " io.promwire:promwire-runtime"),
  GAUGE_LABEL(
      "gaugeLabel",
      "label '%s' of gauge '%s' uses %s, which is known only when the call ends, but a gauge counts"
          + " calls in progress from their start: use value, pathParam, queryParam, header,"
          + " from = LabelSource.METHOD, PATH or RAW_PATH, or a resolver implementing"
          + " io.promwire.runtime.RequestLabelResolver"),
  INFO_LABEL(
      "infoLabel",
      "label '%s' of info metric '%s' uses %s, but info metrics are constant: give it a static"
          + " value, value = \"...\""),
  TEMPLATE("template", "route template '%s' %s"),
  DUPLICATE_ROUTE(
      "duplicateRoute",
      "%s %s is also served by %s: each HTTP method and path may have only one route method"),
  UNBOUND_PARAM(
      "unboundParam",
      "parameter '%s' of route %s %s is not bound to anything: name it after a {parameter} of the"
          + " template, annotate it @PathParam or @QueryParam, or give it the type"
          + " io.promwire.runtime.Request"),
  PARAM_TYPE(
      "paramType",
      "parameter '%s' has type %s, which promwire cannot convert from %s: use String, int, long,"
          + " boolean, double (or Integer, Long, Boolean, Double), java.util.UUID or an enum%s"),
  PARAM_BINDING("paramBinding", "parameter '%s' %s"),
  RETURN_TYPE(
      "returnType",
      "route method %s returns %s: return String, byte[], io.promwire.runtime.Response or void,"
          + " or a CompletionStage or CompletableFuture of String, byte[], Response or Void"),
  THROWS_THROWABLE(
      "throwsThrowable",
      "route method %s declares throws %s, which a route handler cannot rethrow: declare"
          + " exceptions (subclasses of Exception) instead"),
  UNREACHABLE("unreachable", "%s: generated code cannot reach it; %s"),
  HANDLER_KIND(
      "handlerKind",
      "%s is an %s, but promwire decorates classes: put the annotations on the implementing class"),
  GENERIC_HANDLER(
      "genericHandler",
      "handler class %s has type parameters, but a route needs one concrete class to call: move"
          + " the routes to a class without type parameters"),
  STATIC_METHOD(
      "staticMethod",
      "%s is static, but promwire decorates the methods of a handler instance: make it an"
          + " instance method"),
  TWO_ROUTES(
      "twoRoutes",
      "method %s has both @%s and @%s, but a method serves one route: split it into two methods"),
  NOT_A_ROUTE(
      "notARoute",
      "@%s on %s, which is not a route: add a route annotation such as @Get, or remove @%s"),
  PACKAGE("package", "%s"),
  RESOURCE_AND_ROUTE(
      "resourceAndRoute",
      "%s on %s, which is in Jakarta REST resource %s: a class is either a promwire route class or"
          + " a Jakarta REST resource, never both; use Jakarta REST's own annotation (%s), or move"
          + " the method to a promwire route class"),
  NOT_A_RESOURCE_METHOD(
      "notAResourceMethod",
      "@%s on %s, which is not a resource method: Jakarta REST calls only methods with a method"
          + " designator such as @GET, so nothing would be recorded; add one, or move the"
          + " annotation to a promwire handler class"),
  SUB_RESOURCE_LOCATOR(
      "subResourceLocator",
      "@%s on sub-resource locator %s: the requests it locates are answered by the"
          + " sub-resource's methods, so put the annotation on those"),
  NO_JAXRS(
      "noJaxrs",
      "io.promwire.jaxrs is not on the class path, so the code generated for Jakarta REST"
          + " resource %s cannot compile: add the dependency io.promwire:promwire-jaxrs"),
  LATE_HANDLER(
      "lateHandler",
      "handler %s appeared in annotation processing round %d, after PromwireBootstrap was written:"
          + " generate it in an earlier round or compile it separately"),
  UNRESOLVED(
      "unresolved",
      "types or constants that %s uses could not be resolved, so promwire generated nothing for"
          + " it: fix the missing ones"),
  CRASH(
      "crash",
      "processor threw %s while processing %s; please report this with the stack trace: %s"),
  NEVER_RECORDED(
      Diagnostic.Kind.WARNING,
      "neverRecorded",
      "@%s on %s is registered but never recorded, because the method is @ExcludeAllMetrics: its"
          + " series stay at their initial values; remove one of the two unless that is what you"
          + " want");

  private final Diagnostic.Kind kind;
  private final String tag;
  private final String format;

  Messages(String tag, String format) {
    this(Diagnostic.Kind.ERROR, tag, format);
  }

  Messages(Diagnostic.Kind kind, String tag, String format) {
    this.kind = kind;
    this.tag = tag;
    this.format = format;
  }

  Diagnostic.Kind kind() {
    return kind;
  }

  /** The tag as it appears in messages, such as {@code [promwire.labelName]}. */
  String tag() {
    return "[promwire." + tag + "]";
  }

  String format(Object... args) {
    return tag() + " " + String.format(Locale.ROOT, format, args);
  }
}
