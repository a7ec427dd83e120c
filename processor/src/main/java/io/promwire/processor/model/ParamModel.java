package io.promwire.processor.model;

import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.VariableElement;

/**
 * A parameter of an annotated method.
 *
 * @param isRequest whether its type is {@code io.promwire.runtime.Request}
 * @param pathParam its {@code @PathParam}, if any
 * @param queryParam its {@code @QueryParam}, if any
 * @param type how path or query text converts to it
 */
public record ParamModel(
    VariableElement element,
    boolean isRequest,
    Optional<Named> pathParam,
    Optional<Named> queryParam,
    ValueType type) {

  /** {@return the parameter's name} */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** {@return the parameter itself, as a place to report at} */
  public Site site() {
    return Site.of(element);
  }

  /**
   * {@return what binds this parameter in a route whose template has {@code templateParams}}
   *
   * <p>The request type first, then an explicit annotation ({@code @QueryParam} before {@code
   * @PathParam}), then a template parameter of the same name.
   *
   * @param templateParams the names of the route template's {@code {name}} segments
   */
  public Binding binding(Set<String> templateParams) {
    if (isRequest) {
      return new Binding.FromRequest();
    }
    if (queryParam.isPresent()) {
      return new Binding.Query(queryParam.get().value(), type);
    }
    if (pathParam.isPresent()) {
      return new Binding.Path(pathParam.get().value(), type);
    }
    if (templateParams.contains(name())) {
      return new Binding.Path(name(), type);
    }
    return new Binding.Unbound();
  }
}
