package io.promwire.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A class with promwire annotations, as read from its element.
 *
 * @param kind class, enum, record, interface...
 * @param reach whether generated code in the class's package can name it
 * @param publicEverywhere whether the class and every class around it are public
 * @param generic whether the class has type parameters
 * @param instantiable whether generated code can call a public no-argument constructor
 * @param prefix its {@code @RoutePrefix}, if any
 * @param infos its {@code @Info} annotations
 * @param methods its methods that carry promwire annotations, in declaration order
 * @param interfaces the interfaces the decorator implements
 * @param delegated the interface methods the decorator forwards to the handler unchanged
 * @param resource whether it is a Jakarta REST resource class: the container makes its instances
 *     and calls its methods, so it gets no decorator and no builder slot, only its resource methods'
 *     templates and metrics
 */
public record HandlerModel(
    TypeElement element,
    ElementKind kind,
    Reach reach,
    boolean publicEverywhere,
    boolean generic,
    boolean instantiable,
    Optional<Named> prefix,
    List<MetricModel> infos,
    List<MethodModel> methods,
    List<DeclaredType> interfaces,
    List<ExecutableElement> delegated,
    boolean resource) {

  /** Whether code in the class's own package can name the class. */
  public enum Reach {
    /** Generated code in the package can name the class. */
    REACHABLE,
    /** The class is private. */
    PRIVATE,
    /** A class around it is private. */
    INSIDE_PRIVATE,
    /** An inner (non-static member) class: it needs an outer instance. */
    INNER
  }

  /** Copies the lists, so the model is immutable. */
  public HandlerModel {
    infos = List.copyOf(infos);
    methods = List.copyOf(methods);
    interfaces = List.copyOf(interfaces);
    delegated = List.copyOf(delegated);
  }

  /** {@return the class's qualified name} */
  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /** {@return the class itself, as a place to report at} */
  public Site site() {
    return Site.of(element);
  }

  /**
   * {@return whether the class is a handler: it has a route or metric annotation}
   *
   * <p>Other classes reach the processor only through misplaced annotations such as {@code
   * @DoNotTrack}.
   */
  public boolean isHandler() {
    return resource
        || !infos.isEmpty()
        || methods.stream().anyMatch(m -> !m.routes().isEmpty() || !m.metrics().isEmpty());
  }

  /**
   * {@return every metric the decorator defines and registers}
   *
   * <p>The class's infos, then each method's, those of {@code @ExcludeAllMetrics} routes included,
   * which are registered and never recorded.
   */
  public List<MetricModel> registeredMetrics() {
    return Stream.concat(infos.stream(), methods.stream().flatMap(m -> m.metrics().stream()))
        .toList();
  }

  /** {@return the methods that serve a route, in declaration order} */
  public List<MethodModel> routeMethods() {
    return methods.stream().filter(m -> m.route().isPresent()).toList();
  }
}
