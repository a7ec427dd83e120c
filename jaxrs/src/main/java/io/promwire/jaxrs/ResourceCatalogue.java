package io.promwire.jaxrs;

import io.promwire.jaxrs.internal.ResolvedResourceMethod;
import io.promwire.jaxrs.internal.ResourceMethod;
import io.promwire.jaxrs.internal.ResourceMetrics;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.adapter.DefaultHttpMetrics;
import io.promwire.runtime.adapter.TemplateMetrics;
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
  private final DefaultHttpMetrics defaults;
  private final PromwireOptions options;

  private ResourceCatalogue(
      Map<Class<?>, List<ResolvedResourceMethod>> byClass,
      DefaultHttpMetrics defaults,
      PromwireOptions options) {
    this.byClass = byClass;
    this.defaults = defaults;
    this.options = options;
  }

  static ResourceCatalogue of(Promwire app) {
    return new ResourceCatalogue(
        app.decorators(ResourceMetrics.class).stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    ResourceMetrics::resourceClass, ResourceMetrics::resourceMethods, (a, b) -> a)),
        app.defaultHttpMetrics(),
        app.options());
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
          return target(
              generated.template(),
              generated.endpoint(),
              generated.isDoNotTrack() || generated.isExcludeAllMetrics(),
              generated.isExcludeAllMetrics() ? null : resolved.own(),
              isSubResource(resourceClass));
        }
      }
    }
    return target(
        AnnotatedTemplates.of(resourceClass, method),
        resourceClass.getSimpleName() + "." + method.getName(),
        false,
        null,
        isSubResource(resourceClass));
  }

  /**
   * The target with what its requests record resolved: the default metrics' data points of its
   * template (a sub-resource's template is the one matched, per request), and whether anything
   * recorded reads promwire's {@code Request}, so that requests of a method whose labels come only
   * from its template, method and status make none.
   */
  private MethodTarget target(
      String template, String endpoint, boolean untracked, RouteMetrics own, boolean subResource) {
    RouteMetrics recorded = own == null || own.isEmpty() ? null : own;
    boolean defaultsRead = !untracked && (subResource || defaults.readsRequest());
    boolean ownRead =
        recorded != null
            && (recorded.readsRequest()
                || (options.excludedPathsSilenceAll() && !options.excludedPaths().isEmpty()));
    return new MethodTarget(
        template,
        endpoint,
        untracked,
        recorded,
        subResource,
        untracked || subResource ? null : defaults.forTemplate(template, endpoint),
        defaultsRead || ownRead);
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
   * @param defaults the default metrics of its template, or {@code null} when untracked or a
   *     sub-resource's
   * @param readsRequest whether a label, a grouping or an excluded path reads promwire's {@code
   *     Request}: only then is one made
   */
  record MethodTarget(
      String template,
      String endpoint,
      boolean untracked,
      RouteMetrics own,
      boolean subResource,
      TemplateMetrics defaults,
      boolean readsRequest) {}
}
