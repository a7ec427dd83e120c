package io.promwire.processor.model;

/** Where a route method parameter's value comes from. */
public sealed interface Binding {
  /** The parameter is the {@code io.promwire.runtime.Request} itself. */
  record FromRequest() implements Binding {}

  /** A {@code {name}} segment of the route template. */
  record Path(String name, ValueType type) implements Binding {}

  /** A query parameter. */
  record Query(String name, ValueType type) implements Binding {}

  /** Nothing binds the parameter. */
  record Unbound() implements Binding {}
}
