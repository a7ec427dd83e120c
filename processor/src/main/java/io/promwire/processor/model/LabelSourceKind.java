package io.promwire.processor.model;

/** Where a label's value comes from, with the {@code @Label} attribute and runtime factory. */
public enum LabelSourceKind {
  CONSTANT("value", "constant"),
  PATH_PARAM("pathParam", "pathParam"),
  QUERY_PARAM("queryParam", "queryParam"),
  HEADER("header", "header"),
  METHOD("from", "method"),
  PATH("from", "path"),
  STATUS("from", "status"),
  EXCEPTION("from", "exception"),
  RESOLVER("resolver", "resolver");

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
        || this == STATUS;
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
