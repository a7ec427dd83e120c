package io.promwire.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A method of a Jakarta REST resource class that has a Jakarta REST or promwire annotation.
 *
 * @param method the method as the handler model has it
 * @param designators its method designators ({@code @GET}, or an annotation meta-annotated {@code
 *     @HttpMethod}); a resource method has exactly one
 * @param path its {@code @Path}, if any: with no designator it is a sub-resource locator
 * @param isPublic whether it is public: Jakarta REST calls public methods only
 */
public record ResourceMethodModel(
    MethodModel method, List<Site> designators, Optional<Site> path, boolean isPublic) {
  public ResourceMethodModel {
    designators = List.copyOf(designators);
  }

  public boolean isResourceMethod() {
    return !designators.isEmpty();
  }

  public boolean isLocator() {
    return designators.isEmpty() && path.isPresent();
  }
}
