package io.promwire.processor;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** The attribute values of one annotation, defaults included, read by attribute name. */
final class AnnotationValues {
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> withDefaults;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> explicit;

  AnnotationValues(Elements elements, AnnotationMirror mirror) {
    this.withDefaults = elements.getElementValuesWithDefaults(mirror);
    this.explicit = mirror.getElementValues();
  }

  /** Whether the user wrote the attribute rather than leaving its default. */
  boolean isExplicit(String name) {
    return find(explicit, name) != null;
  }

  String string(String name) {
    return (String) value(name);
  }

  boolean bool(String name) {
    return (Boolean) value(name);
  }

  /** The simple name of an enum constant value, such as {@code STATUS}. */
  String enumConstant(String name) {
    return ((VariableElement) value(name)).getSimpleName().toString();
  }

  TypeMirror type(String name) {
    return (TypeMirror) value(name);
  }

  List<Double> doubles(String name) {
    return elements(name).stream().map(v -> (Double) v.getValue()).toList();
  }

  List<AnnotationMirror> annotations(String name) {
    return elements(name).stream().map(v -> (AnnotationMirror) v.getValue()).toList();
  }

  private List<AnnotationValue> elements(String name) {
    return ((List<?>) value(name)).stream().map(AnnotationValue.class::cast).toList();
  }

  private Object value(String name) {
    AnnotationValue value = find(withDefaults, name);
    if (value == null) {
      throw new IllegalArgumentException("no attribute " + name);
    }
    return value.getValue();
  }

  private static AnnotationValue find(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
