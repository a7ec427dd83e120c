package io.promwire.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Where something was written: an element and, when an annotation said it, that annotation and the
 * attribute value inside it. Problems are reported at a site so that the caret lands on the value
 * the user has to change.
 *
 * @param element the annotated element
 * @param mirror the annotation as written (one of several repeated ones included), or null
 * @param value the attribute value, possibly inside a nested {@code @Label}, or null when the
 *     attribute was left at its default
 * @param scope the annotation whose attributes {@link #attribute} looks up: {@code mirror}, or a
 *     nested annotation that {@link #index} stepped into
 * @param repeatIndex the position among repeated annotations of the same type, or -1 when the
 *     annotation was written once; javac cannot place messages inside repeated annotations, so the
 *     reporter finds those in the source itself
 * @param path the attribute names and array indexes from {@code mirror} to {@code value}
 */
public record Site(
    Element element,
    AnnotationMirror mirror,
    AnnotationValue value,
    AnnotationMirror scope,
    int repeatIndex,
    List<String> path) {
  private static final String RETURN_TYPE = "<return type>";

  /** Copies the path, so the site is immutable. */
  public Site {
    path = List.copyOf(path);
  }

  /**
   * {@return the element itself, no annotation}
   *
   * @param element the element
   */
  public static Site of(Element element) {
    return new Site(element, null, null, null, -1, List.of());
  }

  /**
   * {@return the return type written on {@code method}, where the source trees can place it; the
   * method otherwise}
   *
   * @param method the method
   */
  public static Site returnType(ExecutableElement method) {
    return new Site(method, null, null, null, -1, List.of(RETURN_TYPE));
  }

  /** {@return whether this is a method's return type, made by {@link #returnType}} */
  public boolean isReturnType() {
    return mirror == null && path.equals(List.of(RETURN_TYPE));
  }

  /**
   * {@return an annotation on {@code element}}
   *
   * @param element the annotated element
   * @param mirror the annotation
   * @param repeatIndex its position among repeated annotations of its type; -1 unless it was
   *     repeated
   */
  public static Site of(Element element, AnnotationMirror mirror, int repeatIndex) {
    return new Site(element, mirror, null, mirror, repeatIndex, List.of());
  }

  /**
   * {@return the attribute {@code name} of the annotation in scope}
   *
   * <p>When it was not written explicitly this site is returned as it is: the closest place the
   * user can see.
   *
   * @param name the attribute name
   */
  public Site attribute(String name) {
    AnnotationValue found = null;
    if (scope != null) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
          scope.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(name)) {
          found = entry.getValue();
        }
      }
    }
    return found == null ? this : step(name, found, scope);
  }

  /**
   * {@return element {@code index} of the array value at this site, stepping into it if an
   * annotation}
   *
   * @param index the position in the array
   */
  public Site index(int index) {
    if (value == null || !(value.getValue() instanceof List<?> elements)) {
      return this;
    }
    AnnotationValue element = (AnnotationValue) elements.get(index);
    AnnotationMirror nested =
        element.getValue() instanceof AnnotationMirror annotation ? annotation : scope;
    return step(Integer.toString(index), element, nested);
  }

  private Site step(String step, AnnotationValue next, AnnotationMirror nextScope) {
    List<String> longer = new ArrayList<>(path);
    longer.add(step);
    return new Site(element, mirror, next, nextScope, repeatIndex, longer);
  }
}
