package io.promwire.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * The types a method's signature names, which a decorator in the handler's package has to name
 * too: a private nested enum taken as a parameter would otherwise fail in generated code.
 */
final class SignatureTypes {
  private SignatureTypes() {}

  /** The first type in the signature that code in {@code packageName} cannot name, if any. */
  static Optional<TypeElement> firstUnreachable(ExecutableElement method, String packageName) {
    List<TypeMirror> types = new ArrayList<>();
    types.add(method.getReturnType());
    for (VariableElement parameter : method.getParameters()) {
      types.add(parameter.asType());
    }
    types.addAll(method.getThrownTypes());
    for (TypeMirror type : types) {
      Optional<TypeElement> unreachable = firstUnreachable(type, packageName);
      if (unreachable.isPresent()) {
        return unreachable;
      }
    }
    return Optional.empty();
  }

  private static Optional<TypeElement> firstUnreachable(TypeMirror type, String packageName) {
    if (type instanceof ArrayType array) {
      return firstUnreachable(array.getComponentType(), packageName);
    }
    if (type instanceof WildcardType wildcard) {
      TypeMirror bound =
          wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
      return bound == null ? Optional.empty() : firstUnreachable(bound, packageName);
    }
    if (type instanceof DeclaredType declared) {
      TypeElement element = (TypeElement) declared.asElement();
      if (!Supertypes.isVisibleFrom(element, packageName)) {
        return Optional.of(element);
      }
      for (TypeMirror argument : declared.getTypeArguments()) {
        Optional<TypeElement> unreachable = firstUnreachable(argument, packageName);
        if (unreachable.isPresent()) {
          return unreachable;
        }
      }
    }
    return Optional.empty();
  }
}
