package io.promwire.runtime;

/**
 * Computes a label value after a decorated method returned or threw; named by
 * {@code @Label(resolver = ...)}. Implementations need a no-argument constructor the generated code can call and must be
 * thread-safe: one instance serves every call.
 *
 * <p>Its values come from the request, so they count towards the metric's series limit. An
 * exception it throws never reaches the call: the value is then {@link
 * LabelDefinition#ERROR_VALUE}, counted in {@code promwire_label_errors_total}.
 */
@FunctionalInterface
public interface LabelResolver {
  /**
   * @param request the request, or {@code null} when the method was called directly
   * @param response the response, or {@code null} when the method threw or was called directly
   *     without returning a {@link Response}; for an exception that an exception handler of the
   *     options answered, that handler's response (and {@code error} is the exception)
   * @param error what the method threw, or {@code null}
   * @return the label value; {@code null} is recorded as the empty value
   */
  String resolve(Request request, Response response, Throwable error);
}
