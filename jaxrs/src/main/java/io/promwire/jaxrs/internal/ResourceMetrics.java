package io.promwire.jaxrs.internal;

import java.util.List;

/**
 * What the processor generates for one Jakarta REST resource class ({@code
 * ItemResource_ResourceMetrics}): its resource methods with their templates and metrics, which
 * are registered when the generated bootstrap wires the app. The Jakarta REST adapter finds them
 * through the app and matches them to the container's resource methods once, at start-up.
 */
public interface ResourceMetrics {
  /** The resource class. */
  Class<?> resourceClass();

  /** Its resource methods, in declaration order, with their metrics resolved. */
  List<ResolvedResourceMethod> resourceMethods();
}
