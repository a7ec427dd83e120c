package io.promwire.jaxrs.internal;

import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.internal.Instruments;
import java.util.List;
import java.util.Objects;

/**
 * One resource method as the processor read it: how to recognise it among the container's resource
 * methods (its Java name and parameter types), the HTTP method and full template it serves (class
 * and method {@code @Path} joined, regular expressions left out) and the metrics recorded around
 * it. Immutable; each {@code with...} method returns a new one.
 *
 * <pre>{@code
 * ResourceMethod.of("GET", "/items/{type}", "ItemResource.byType", "byType", String.class)
 *     .recording(INVOCATION_BY_TYPE)
 *     .doNotTrack()
 * }</pre>
 */
public final class ResourceMethod {
  private final String httpMethod;
  private final String template;
  private final String endpoint;
  private final String javaName;
  private final List<Class<?>> parameterTypes;
  private final List<MetricDefinition> metrics;
  private final boolean doNotTrack;
  private final boolean excludeAllMetrics;

  private ResourceMethod(
      String httpMethod,
      String template,
      String endpoint,
      String javaName,
      List<Class<?>> parameterTypes,
      List<MetricDefinition> metrics,
      boolean doNotTrack,
      boolean excludeAllMetrics) {
    this.httpMethod = Objects.requireNonNull(httpMethod, "httpMethod");
    this.template = Objects.requireNonNull(template, "template");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.javaName = Objects.requireNonNull(javaName, "javaName");
    this.parameterTypes = List.copyOf(parameterTypes);
    this.metrics = List.copyOf(metrics);
    this.doNotTrack = doNotTrack;
    this.excludeAllMetrics = excludeAllMetrics;
  }

  /**
   * A resource method tracked by the default HTTP metrics, with no metrics of its own.
   *
   * @param httpMethod its method designator, such as {@code GET}
   * @param template the class's and the method's {@code @Path} joined, such as {@code
   *     /items/{type}}
   * @param endpoint the class's simple name and the method's, such as {@code ItemResource.byType}
   * @param javaName the Java method's name
   * @param parameterTypes the Java method's erased parameter types
   */
  public static ResourceMethod of(
      String httpMethod,
      String template,
      String endpoint,
      String javaName,
      Class<?>... parameterTypes) {
    return new ResourceMethod(
        httpMethod, template, endpoint, javaName, List.of(parameterTypes), List.of(), false, false);
  }

  /** This method recording its own metrics around each call. */
  public ResourceMethod recording(MetricDefinition... metrics) {
    return new ResourceMethod(
        httpMethod, template, endpoint, javaName, parameterTypes, List.of(metrics), doNotTrack,
        excludeAllMetrics);
  }

  /** This method without the default HTTP metrics ({@code @DoNotTrack}). */
  public ResourceMethod doNotTrack() {
    return new ResourceMethod(
        httpMethod, template, endpoint, javaName, parameterTypes, metrics, true,
        excludeAllMetrics);
  }

  /** This method recording nothing at all ({@code @ExcludeAllMetrics}). */
  public ResourceMethod excludeAllMetrics() {
    return new ResourceMethod(
        httpMethod, template, endpoint, javaName, parameterTypes, metrics, doNotTrack, true);
  }

  /** Registers its metrics and resolves their handles: once, when the app is wired. */
  public ResolvedResourceMethod resolve(Instruments instruments) {
    return ResolvedResourceMethod.of(this, instruments);
  }

  public String httpMethod() {
    return httpMethod;
  }

  public String template() {
    return template;
  }

  public String endpoint() {
    return endpoint;
  }

  public String javaName() {
    return javaName;
  }

  public List<Class<?>> parameterTypes() {
    return parameterTypes;
  }

  public List<MetricDefinition> metrics() {
    return metrics;
  }

  public boolean isDoNotTrack() {
    return doNotTrack;
  }

  public boolean isExcludeAllMetrics() {
    return excludeAllMetrics;
  }

  @Override
  public String toString() {
    return httpMethod + " " + template + " (" + endpoint + ")";
  }
}
