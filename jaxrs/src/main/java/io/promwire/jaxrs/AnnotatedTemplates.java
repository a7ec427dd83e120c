package io.promwire.jaxrs;

import jakarta.ws.rs.Path;
import java.lang.reflect.Method;

/**
 * The template of a resource method promwire's processor did not see (compiled elsewhere, or its
 * annotations inherited from an interface): read from its {@code @Path} annotations once, at
 * start-up, and joined as the processor joins them.
 */
final class AnnotatedTemplates {
  private AnnotatedTemplates() {}

  static String of(Class<?> resourceClass, Method method) {
    String classPath = "";
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      Path path = c.getAnnotation(Path.class);
      if (path != null) {
        classPath = path.value();
        break;
      }
    }
    Path methodPath = method.getAnnotation(Path.class);
    return Templates.join(classPath, methodPath == null ? "" : methodPath.value());
  }
}
