package io.promwire.runtime;

/**
 * One route of a handler class, as the processor generated it.
 *
 * @param method the HTTP method, upper case
 * @param template the full path template, route prefix included
 * @param endpoint the handler's simple class name and method name, such as {@code ItemRoutes.byType}
 * @param handler binds parameters and calls the handler method
 * @param metrics the method's own metrics, recorded around each call
 * @param doNotTrack whether the default HTTP metrics skip this route
 * @param excludeAll whether nothing at all is recorded for this route
 */
public record Route(
    String method,
    String template,
    String endpoint,
    RouteHandler handler,
    MethodMetrics metrics,
    boolean doNotTrack,
    boolean excludeAll) {}
