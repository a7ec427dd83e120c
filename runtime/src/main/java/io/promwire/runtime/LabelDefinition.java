package io.promwire.runtime;

import java.util.Objects;
import java.util.function.Function;

/**
 * A label of a {@link MetricDefinition}: its name and where its value comes from. Generated code
 * creates these from {@code @Label}; users create them for metrics registered on every route and
 * for default labels. A name that is not a valid Prometheus label name ({@code
 * [a-zA-Z_][a-zA-Z0-9_]*}, not starting with {@code __}) is refused with the processor's {@code
 * [promwire.labelName]} message, never rewritten.
 */
public final class LabelDefinition {
  /** Where a label's value comes from. */
  public enum Source {
    CONSTANT,
    PATH_PARAM,
    QUERY_PARAM,
    HEADER,
    METHOD,
    PATH,
    RAW_PATH,
    STATUS,
    EXCEPTION,
    RESOLVER,
    REQUEST_RESOLVER,
    REQUEST_FUNCTION,
    OUTCOME,
    ERROR_TYPE
  }

  /** The value of {@link Source#EXCEPTION} labels when the call did not throw. */
  public static final String NO_EXCEPTION = "none";

  /**
   * The value every label taken from the request gets once its metric has reached its series limit
   * ({@link PromwireOptions#seriesLimit(String)}): the new label values share this one series.
   */
  public static final String OVERFLOW_VALUE = "__overflow__";

  /** The value of a label whose {@link LabelResolver} or computing function threw. */
  public static final String ERROR_VALUE = "__error__";

  private final String name;
  private final Source source;
  private final String argument;
  private final LabelResolver resolver;
  private final Function<Request, String> function;

  private LabelDefinition(
      String name,
      Source source,
      String argument,
      LabelResolver resolver,
      Function<Request, String> function) {
    this.name = NameRules.labelName(Objects.requireNonNull(name, "name"), factory(source));
    this.source = source;
    this.argument = argument;
    this.resolver = resolver;
    this.function = function;
  }

  public static LabelDefinition constant(String name, String value) {
    return new LabelDefinition(name, Source.CONSTANT, Objects.requireNonNull(value), null, null);
  }

  public static LabelDefinition pathParam(String name, String param) {
    return new LabelDefinition(name, Source.PATH_PARAM, param, null, null);
  }

  public static LabelDefinition queryParam(String name, String param) {
    return new LabelDefinition(name, Source.QUERY_PARAM, param, null, null);
  }

  public static LabelDefinition header(String name, String header) {
    return new LabelDefinition(name, Source.HEADER, header, null, null);
  }

  /** The HTTP method of the route. */
  public static LabelDefinition method(String name) {
    return new LabelDefinition(name, Source.METHOD, null, null, null);
  }

  /** The route template, never the raw URL. */
  public static LabelDefinition path(String name) {
    return new LabelDefinition(name, Source.PATH, null, null, null);
  }

  /**
   * The decoded request path, such as {@code /items/book}: unbounded, so under the series limit. A
   * direct call of a decorated route method has no request and gets the empty value.
   */
  public static LabelDefinition rawPath(String name) {
    return new LabelDefinition(name, Source.RAW_PATH, null, null, null);
  }

  /** The response status code. */
  public static LabelDefinition status(String name) {
    return new LabelDefinition(name, Source.STATUS, null, null, null);
  }

  /** The simple class name of the thrown exception, or {@value #NO_EXCEPTION}. */
  public static LabelDefinition exception(String name) {
    return new LabelDefinition(name, Source.EXCEPTION, null, null, null);
  }

  /**
   * The class of the response status as Spring's {@code outcome} tag has it: {@code
   * INFORMATIONAL}, {@code SUCCESS}, {@code REDIRECTION}, {@code CLIENT_ERROR}, {@code
   * SERVER_ERROR}, or {@code UNKNOWN} outside 100-599.
   */
  public static LabelDefinition outcome(String name) {
    return new LabelDefinition(name, Source.OUTCOME, null, null, null);
  }

  /**
   * OpenTelemetry's {@code error.type} of a server request: the fully qualified class name of an
   * exception the handler threw ({@link HttpStatusException} is a response, not an error), else the
   * status code of a 5xx response, else empty, which Prometheus stores as no label at all.
   */
  public static LabelDefinition errorType(String name) {
    return new LabelDefinition(name, Source.ERROR_TYPE, null, null, null);
  }

  public static LabelDefinition resolver(String name, LabelResolver resolver) {
    return new LabelDefinition(name, Source.RESOLVER, null, Objects.requireNonNull(resolver), null);
  }

  /**
   * A value computed from the request alone, by the user's resolver: known before the call, so
   * gauges may use it.
   */
  public static LabelDefinition requestResolver(String name, RequestLabelResolver resolver) {
    Objects.requireNonNull(resolver, "resolver");
    return new LabelDefinition(name, Source.REQUEST_RESOLVER, null, null, resolver::resolve);
  }

  /** A value computed from the request; the function gets {@code null} for direct calls. */
  public static LabelDefinition computed(String name, Function<Request, String> function) {
    return new LabelDefinition(
        name, Source.REQUEST_FUNCTION, null, null, Objects.requireNonNull(function));
  }

  public String name() {
    return name;
  }

  /** The factory method that makes labels of a source, as errors name it. */
  private static String factory(Source source) {
    String method =
        switch (source) {
          case CONSTANT -> "constant";
          case PATH_PARAM -> "pathParam";
          case QUERY_PARAM -> "queryParam";
          case HEADER -> "header";
          case METHOD -> "method";
          case PATH -> "path";
          case RAW_PATH -> "rawPath";
          case STATUS -> "status";
          case EXCEPTION -> "exception";
          case RESOLVER -> "resolver";
          case REQUEST_RESOLVER -> "requestResolver";
          case REQUEST_FUNCTION -> "computed";
          case OUTCOME -> "outcome";
          case ERROR_TYPE -> "errorType";
        };
    return "LabelDefinition." + method;
  }

  public Source source() {
    return source;
  }

  /** The static value, or the path parameter, query parameter or header name; else null. */
  public String argument() {
    return argument;
  }

  /** The resolver of a {@link Source#RESOLVER} label, else null. */
  public LabelResolver resolver() {
    return resolver;
  }

  /**
   * The function of a {@link Source#REQUEST_FUNCTION} or {@link Source#REQUEST_RESOLVER} label,
   * else null.
   */
  public Function<Request, String> function() {
    return function;
  }

  @Override
  public String toString() {
    return name + "<-" + source + (argument == null ? "" : "(" + argument + ")");
  }
}
