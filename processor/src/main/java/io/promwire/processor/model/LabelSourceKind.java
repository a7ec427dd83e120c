package io.promwire.processor.model;

/** Where a label's value comes from, with the {@code @Label} attribute and runtime factory. */
public enum LabelSourceKind {
  /** {@code value}: a fixed value. */
  CONSTANT("value", "constant"),
  /** {@code pathParam}: a path parameter of the route. */
  PATH_PARAM("pathParam", "pathParam"),
  /** {@code queryParam}: a query parameter. */
  QUERY_PARAM("queryParam", "queryParam"),
  /** {@code header}: a request header. */
  HEADER("header", "header"),
  /** {@code from = METHOD}: the HTTP method. */
  METHOD("from", "method"),
  /** {@code from = PATH}: the route template. */
  PATH("from", "path"),
  /** {@code from = RAW_PATH}: the decoded request path. */
  RAW_PATH("from", "rawPath"),
  /** {@code from = STATUS}: the response status. */
  STATUS("from", "status"),
  /** {@code from = EXCEPTION}: the simple name of the exception thrown. */
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

  /** {@return the {@code @Label} attribute that selects this source} */
  public String attribute() {
    return attribute;
  }

  /** {@return the {@code LabelDefinition} factory method} */
  public String factory() {
    return factory;
  }

  /** {@return whether the runtime factory takes a string argument after the label name} */
  public boolean hasArgument() {
    return this == CONSTANT || this == PATH_PARAM || this == QUERY_PARAM || this == HEADER;
  }

  /** {@return whether the value needs the request of a route: only routes have one} */
  public boolean needsRoute() {
    return this == PATH_PARAM
        || this == QUERY_PARAM
        || this == HEADER
        || this == METHOD
        || this == PATH
        || this == RAW_PATH
        || this == STATUS;
  }

  /**
   * {@return whether the value is computed by a class of the user's that the {@code resolver}
   * names}
   */
  public boolean isResolver() {
    return this == RESOLVER || this == REQUEST_RESOLVER;
  }

  /** {@return whether the value is known only after the call returned or threw} */
  public boolean knownOnExitOnly() {
    return this == STATUS || this == EXCEPTION || this == RESOLVER;
  }

  /** {@return how a user writes this source, for messages} */
  public String describe() {
    return attribute.equals("from") ? "from = LabelSource." + name() : attribute;
  }
}
