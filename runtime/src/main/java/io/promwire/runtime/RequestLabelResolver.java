package io.promwire.runtime;

/**
 * Computes a label value from the request alone; named by {@code @Label(resolver = ...)}. Unlike
 * a {@link LabelResolver}, it needs neither the response nor the exception, so a gauge of calls in
 * progress can use it: the gauge calls it on entry, and again on exit to find the same series.
 * Other metrics call it once, after the call. Implementations need a no-argument constructor the
 * generated code can call and must be thread-safe: one instance serves every call. They should
 * give the same value for the same request.
 *
 * <p>Its values come from the request, so they count towards the metric's series limit. An
 * exception it throws never reaches the call: the value is then {@link
 * LabelDefinition#ERROR_VALUE}, counted in {@code promwire_label_errors_total}.
 */
@FunctionalInterface
public interface RequestLabelResolver {
  /**
   * @param request the request, or {@code null} when the method was called directly (a direct call
   *     of a route method with {@code pathParam} or {@code RAW_PATH} labels passes a request that
   *     carries only the route and its path parameters)
   * @return the label value; {@code null} is recorded as the empty value
   */
  String resolve(Request request);
}
