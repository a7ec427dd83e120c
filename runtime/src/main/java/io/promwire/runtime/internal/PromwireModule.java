package io.promwire.runtime.internal;

import java.util.List;

/**
 * What the processor generates once per compilation ({@code PromwireBootstrap}): the handler
 * classes it found and how to wire them. Generated modules are listed for {@link
 * java.util.ServiceLoader}, so {@link io.promwire.runtime.Promwire.Builder#loadModules()} combines jars compiled
 * separately.
 */
public interface PromwireModule {
  /** The handler classes of this module, in a stable order. */
  List<Class<?>> handlerTypes();

  /**
   * Decorates one instance of each handler class (the given one, or a new one when the class has a
   * public no-argument constructor), registers their metrics, and returns their route tables.
   */
  List<RouteTable> wire(Handlers handlers, Instruments instruments);
}
