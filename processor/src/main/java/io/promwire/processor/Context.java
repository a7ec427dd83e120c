package io.promwire.processor;

import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What every step of the processor shares: javac's utilities, where messages go, and the options.
 *
 * @param packageOption the value of {@code -Apromwire.package}, if given
 */
record Context(
    Elements elements,
    Types types,
    Filer filer,
    Diagnostics diagnostics,
    SourceTrees trees,
    Optional<String> packageOption) {

  static final String PACKAGE_OPTION = "promwire.package";

  static Context create(ProcessingEnvironment env) {
    SourceTrees trees = SourceTrees.create(env);
    return new Context(
        env.getElementUtils(),
        env.getTypeUtils(),
        env.getFiler(),
        new Diagnostics(env.getMessager(), trees),
        trees,
        Optional.ofNullable(env.getOptions().get(PACKAGE_OPTION)));
  }

  /** The type with this canonical name, if it is on the class path or being compiled. */
  Optional<TypeElement> type(String canonicalName) {
    return Optional.ofNullable(elements.getTypeElement(canonicalName));
  }

  /**
   * Whether {@code type} is a class or interface that is, or extends or implements, {@code
   * canonicalName}; false when that type is not on the class path.
   */
  boolean isSubtype(TypeMirror type, String canonicalName) {
    return type instanceof DeclaredType
        && type(canonicalName)
            .map(t -> types.isAssignable(types.erasure(type), types.erasure(t.asType())))
            .orElse(false);
  }

  /** Whether {@code type} is the class or interface {@code canonicalName} itself. */
  boolean is(TypeMirror type, String canonicalName) {
    return type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals(canonicalName);
  }
}
