package io.promwire.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The interfaces a decorator implements so that it drops in for its handler, and the methods that
 * makes it implement.
 */
final class Supertypes {
  /** Methods every class inherits from {@code Object}; interfaces may redeclare them. */
  private static final Set<String> OBJECT_METHODS =
      Set.of("equals(java.lang.Object)", "hashCode()", "toString()");

  /**
   * Superclasses whose interfaces belong to the language, not to the handler: an enum's
   * {@code Comparable} and {@code Constable}, for instance, mean nothing on a decorator.
   */
  private static final Set<String> LANGUAGE_SUPERCLASSES =
      Set.of("java.lang.Enum", "java.lang.Record");

  /**
   * A marker the decorator cannot honour: its fields are metrics, which do not serialize, and
   * javac's serial lint would warn about the missing serialVersionUID.
   */
  private static final String SERIALIZABLE = "java.io.Serializable";

  private final Context context;

  Supertypes(Context context) {
    this.context = context;
  }

  /**
   * Every interface of the handler, inherited ones included, as seen from the handler (type
   * arguments substituted), keeping only the most specific ones. Sealed interfaces and interfaces
   * the handler's package cannot name are left out, since the decorator could not implement them,
   * and so is {@code Serializable}.
   */
  List<DeclaredType> decoratorInterfaces(TypeElement handler) {
    List<DeclaredType> usable =
        allInterfaces(handler).stream()
            .filter(i -> !asElement(i).getQualifiedName().contentEquals(SERIALIZABLE))
            .filter(i -> !asElement(i).getModifiers().contains(Modifier.SEALED))
            .filter(i -> isVisibleFrom(asElement(i), packageOf(handler)))
            .toList();
    Types types = context.types();
    return usable.stream()
        .filter(i -> usable.stream().noneMatch(j -> j != i && types.isSubtype(j, i)))
        .toList();
  }

  /**
   * The methods the decorator must implement for {@code interfaces}: the instance methods of them
   * and of their superinterfaces, each signature once, the most specific declaration first.
   */
  List<ExecutableElement> interfaceMethods(TypeElement handler, List<DeclaredType> interfaces) {
    Types types = context.types();
    DeclaredType handlerType = (DeclaredType) handler.asType();
    List<ExecutableElement> methods = new ArrayList<>();
    for (DeclaredType candidate : allInterfaces(handler)) {
      if (interfaces.stream().noneMatch(i -> types.isSubtype(i, candidate))) {
        continue;
      }
      List<ExecutableElement> declared =
          ElementFilter.methodsIn(asElement(candidate).getEnclosedElements());
      for (ExecutableElement method : declared) {
        if (method.getModifiers().contains(Modifier.STATIC)
            || method.getModifiers().contains(Modifier.PRIVATE)
            || OBJECT_METHODS.contains(erasedSignature(handlerType, method))) {
          continue;
        }
        ExecutableType seen = (ExecutableType) types.asMemberOf(handlerType, method);
        boolean known =
            methods.stream()
                .anyMatch(
                    m ->
                        m.getSimpleName().equals(method.getSimpleName())
                            && types.isSubsignature(
                                (ExecutableType) types.asMemberOf(handlerType, m), seen));
        if (!known) {
          methods.add(method);
        }
      }
    }
    return methods;
  }

  /** The interfaces of {@code handler} and all its supertypes, nearest first, each once. */
  private List<DeclaredType> allInterfaces(TypeElement handler) {
    Types types = context.types();
    List<DeclaredType> found = new ArrayList<>();
    Deque<TypeMirror> queue = new ArrayDeque<>(types.directSupertypes(handler.asType()));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.removeFirst();
      if (!(next instanceof DeclaredType declared)
          || LANGUAGE_SUPERCLASSES.contains(asElement(declared).getQualifiedName().toString())) {
        continue;
      }
      if (asElement(declared).getKind() == ElementKind.INTERFACE
          && found.stream().noneMatch(f -> types.isSameType(f, declared))) {
        found.add(declared);
      }
      queue.addAll(types.directSupertypes(declared));
    }
    return found;
  }

  private String erasedSignature(DeclaredType handlerType, ExecutableElement method) {
    ExecutableType seen = (ExecutableType) context.types().asMemberOf(handlerType, method);
    List<String> params =
        seen.getParameterTypes().stream()
            .map(t -> context.types().erasure(t).toString())
            .toList();
    return method.getSimpleName() + "(" + String.join(",", params) + ")";
  }

  /** Whether code in {@code packageName} can name {@code type}. */
  static boolean isVisibleFrom(TypeElement type, String packageName) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      boolean isPublic = e.getModifiers().contains(Modifier.PUBLIC);
      boolean samePackage = packageOf((TypeElement) e).equals(packageName);
      if (e.getModifiers().contains(Modifier.PRIVATE) || !(isPublic || samePackage)) {
        return false;
      }
    }
    return true;
  }

  static String packageOf(TypeElement type) {
    Element e = type;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  private static TypeElement asElement(DeclaredType type) {
    return (TypeElement) type.asElement();
  }
}
