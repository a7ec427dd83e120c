package io.promwire.processor;

import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Short, readable names of elements and types for messages. */
final class Describe {
  private Describe() {}

  /** {@code ItemRoutes.byType(String)} for a method, the qualified name for a class. */
  static String element(Element element) {
    if (element instanceof ExecutableElement method) {
      String params =
          method.getParameters().stream()
              .map(p -> type(p.asType()))
              .collect(Collectors.joining(", "));
      return nestedName((TypeElement) method.getEnclosingElement())
          + "."
          + method.getSimpleName()
          + "("
          + params
          + ")";
    }
    if (element instanceof TypeElement type) {
      return type.getQualifiedName().toString();
    }
    return element.getSimpleName().toString();
  }

  /** A type without package names: {@code Optional<String>}. */
  /** The simple name of an annotation, such as {@code GET}, for messages. */
  static String annotation(javax.lang.model.element.AnnotationMirror mirror) {
    return mirror.getAnnotationType().asElement().getSimpleName().toString();
  }

  static String type(TypeMirror type) {
    return type.toString().replaceAll("\\b(?:[a-z_$][\\w$]*\\.)+", "");
  }

  /** The class's name inside its package: {@code Outer.Inner}. */
  static String nestedName(TypeElement type) {
    String qualified = type.getQualifiedName().toString();
    String packageName = Supertypes.packageOf(type);
    return packageName.isEmpty() ? qualified : qualified.substring(packageName.length() + 1);
  }
}
