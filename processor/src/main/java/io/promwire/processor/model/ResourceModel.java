package io.promwire.processor.model;

import java.util.List;

/**
 * A Jakarta REST resource class as read: the handler model the rest of the processor shares (its
 * infos, and its methods with their routes and metrics) and what only Jakarta REST has.
 *
 * @param handler the class as a handler: each resource method a method with one route (its
 *     designator's HTTP method, the joined template)
 * @param methods its resource methods, sub-resource locators and other annotated methods
 * @param promwireRoutes promwire's own route annotations written on the class, its methods or
 *     parameters ({@code @Get}, {@code @RoutePrefix}, {@code @PathParam}, ...), which a resource
 *     cannot have
 */
public record ResourceModel(
    HandlerModel handler, List<ResourceMethodModel> methods, List<Site> promwireRoutes) {
  public ResourceModel {
    methods = List.copyOf(methods);
    promwireRoutes = List.copyOf(promwireRoutes);
  }
}
