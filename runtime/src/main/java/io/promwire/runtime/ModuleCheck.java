package io.promwire.runtime;

import io.promwire.runtime.internal.LibraryVersion;
import io.promwire.runtime.internal.PromwireModule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses to build an app that would serve nothing without a word: one whose handler classes no
 * generated module claims, or one that asked {@link java.util.ServiceLoader} for modules and found
 * none. Both mostly mean that javac never ran promwire's processor.
 */
final class ModuleCheck {
  private ModuleCheck() {}

  /**
   * @param handlerTypes the classes given with {@link Promwire.Builder#handler}
   * @param loaded whether {@link Promwire.Builder#loadModules()} was called
   * @throws IllegalStateException naming every handler class that no module claims
   */
  static void require(List<PromwireModule> modules, Set<Class<?>> handlerTypes, boolean loaded) {
    Set<Class<?>> claimed = new HashSet<>();
    modules.forEach(module -> claimed.addAll(module.handlerTypes()));
    List<String> unclaimed =
        handlerTypes.stream()
            .filter(type -> !claimed.contains(type))
            .map(Class::getName)
            .toList();
    if (!unclaimed.isEmpty()) {
      throw new IllegalStateException(
          "No promwire module claims the handler "
              + (unclaimed.size() == 1 ? "class " : "classes ")
              + String.join(", ", unclaimed)
              + " given with Promwire.Builder.handler(...), so none of their routes would be served"
              + " ("
              + describe(modules)
              + "). "
              + likelyCause());
    }
    if (loaded && modules.isEmpty()) {
      throw new IllegalStateException(
          "Promwire.Builder.loadModules() found no promwire module on the class path, so the app"
              + " would serve no route. "
              + likelyCause());
    }
  }

  private static String describe(List<PromwireModule> modules) {
    if (modules.isEmpty()) {
      return "no module was found";
    }
    return "modules found: "
        + modules.stream().map(m -> m.getClass().getName()).collect(Collectors.joining(", "));
  }

  /** What to add, with this runtime's own version, so that the line can be copied as it is. */
  private static String likelyCause() {
    String version = LibraryVersion.get();
    if (version.equals(LibraryVersion.UNKNOWN)) {
      version = "VERSION";
    }
    return "The likely cause: promwire-processor is not on the annotation processor path, so javac"
        + " generated no code for the handlers. Maven: add <path><groupId>io.promwire</groupId>"
        + "<artifactId>promwire-processor</artifactId><version>"
        + version
        + "</version></path> to the <annotationProcessorPaths> of maven-compiler-plugin 3.5 or"
        + " newer. Gradle: annotationProcessor(\"io.promwire:promwire-processor:"
        + version
        + "\"). Then rebuild from clean.";
  }
}
