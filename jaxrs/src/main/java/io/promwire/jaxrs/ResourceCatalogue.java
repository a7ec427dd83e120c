package io.promwire.jaxrs;

import io.promwire.jaxrs.internal.ResolvedResourceMethod;
import io.promwire.jaxrs.internal.ResourceMethod;
import io.promwire.jaxrs.internal.ResourceMetrics;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.internal.RouteMetrics;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The resource methods the processor generated metrics for, by resource class: what {@link
 * ResourceMethodBinding} looks the container's resource methods up in, once each, at start-up.
 */
final class ResourceCatalogue {
  private final Map<Class<?>, List<ResolvedResourceMethod>> byClass;

  private ResourceCatalogue(Map<Class<?>, List<ResolvedResourceMethod>> byClass) {
    this.byClass = byClass;
  }

  static ResourceCatalogue of(Promwire app) {
    return new ResourceCatalogue(
        app.decorators(ResourceMetrics.class).stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    ResourceMetrics::resourceClass, ResourceMetrics::resourceMethods, (a, b) -> a)));
  }

  /**
   * What is recorded for a resource method: the generated entry of its class (or of a superclass,
   * for container-made subclasses such as CDI proxies) with its name and parameter types, else the
   * template read from its annotations, with no metrics of its own.
   */
  MethodTarget find(Class<?> resourceClass, Method method) {
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (ResolvedResourceMethod resolved : byClass.getOrDefault(c, List.of())) {
        ResourceMethod generated = resolved.method();
        if (generated.javaName().equals(method.getName())
            && generated.parameterTypes().equals(Arrays.asList(method.getParameterTypes()))) {
          return new MethodTarget(
              generated.template(),
              generated.endpoint(),
              generated.isDoNotTrack() || generated.isExcludeAllMetrics(),
              generated.isExcludeAllMetrics() ? null : resolved.own(),
              isSubResource(resourceClass));
        }
      }
    }
    return new MethodTarget(
        AnnotatedTemplates.of(resourceClass, method),
        resourceClass.getSimpleName() + "." + method.getName(),
        false,
        null,
        isSubResource(resourceClass));
  }

  /**
   * Whether the class is reached only through sub-resource locators: no {@code @Path} of its own,
   * so its methods' templates are relative to the locator's.
   */
  private static boolean isSubResource(Class<?> resourceClass) {
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What is recorded around one resource method.
   *
   * @param template the path label
   * @param endpoint what {@code GroupBy.endpoint()} shows
   * @param untracked whether the default HTTP metrics leave it out
   * @param own its own and every-route metrics, or {@code null} for none
   * @param subResource whether the method is reached through a sub-resource locator, so that its
   *     requests take the template the container matched (locator's and method's joined)
   */
  record MethodTarget(
      String template, String endpoint, boolean untracked, RouteMetrics own, boolean subResource) {}
}
