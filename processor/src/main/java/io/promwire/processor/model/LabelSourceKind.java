package io.promwire.processor.model;

/** Where a label's value comes from, with the {@code @Label} attribute and runtime factory. */
public enum LabelSourceKind {
  CONSTANT("value", "constant"),
  PATH_PARAM("pathParam", "pathParam"),
  QUERY_PARAM("queryParam", "queryParam"),
  HEADER("header", "header"),
  METHOD("from", "method"),
  PATH("from", "path"),
  RAW_PATH("from", "rawPath"),
  STATUS("from", "status"),
  EXCEPTION("from", "exception"),
  /** A class implementing {@code LabelResolver}: request, response and exception, after the call. */
  RESOLVER("resolver", "resolver"),
  /** A class implementing {@code RequestLabelResolver}: the request alone, so known on entry. */
  REQUEST_RESOLVER("resolver", "requestResolver");

  private final String attribute;
  private final String factory;

  LabelSourceKind(String attribute, String factory) {
    this.attribute = attribute;
    this.factory = factory;
  }

  /** The {@code @Label} attribute that selects this source. */
  public String attribute() {
    return attribute;
  }

  /** The {@code LabelDefinition} factory method. */
  public String factory() {
    return factory;
  }

  /** Whether the runtime factory takes a string argument after the label name. */
  public boolean hasArgument() {
    return this == CONSTANT || this == PATH_PARAM || this == QUERY_PARAM || this == HEADER;
  }

  /** Whether the value needs the request of a route: only routes have one. */
  public boolean needsRoute() {
    return this == PATH_PARAM
        || this == QUERY_PARAM
        || this == HEADER
        || this == METHOD
        || this == PATH
        || this == RAW_PATH
        || this == STATUS;
  }

  /** Whether the value is computed by a class of the user's that the {@code resolver} names. */
  public boolean isResolver() {
    return this == RESOLVER || this == REQUEST_RESOLVER;
  }

  /** Whether the value is known only after the call returned or threw. */
  public boolean knownOnExitOnly() {
    return this == STATUS || this == EXCEPTION || this == RESOLVER;
  }

  /** How a user writes this source, for messages. */
  public String describe() {
    return attribute.equals("from") ? "from = LabelSource." + name() : attribute;
  }
}
