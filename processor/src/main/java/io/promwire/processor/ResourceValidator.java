package io.promwire.processor;

import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.MethodModel;
import io.promwire.processor.model.MetricModel;
import io.promwire.processor.model.ResourceMethodModel;
import io.promwire.processor.model.ResourceModel;
import io.promwire.processor.model.Site;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Judges one Jakarta REST resource class: its metrics as {@link HandlerValidator} judges every
 * metric (with the resource method's template as the route), and what only resources can get
 * wrong.
 */
final class ResourceValidator {
  /** What Jakarta REST calls each promwire route annotation a resource may not have. */
  private static final Map<String, String> JAXRS_COUNTERPARTS =
      Map.of(
          "RoutePrefix", "@Path on the class",
          "PathParam", "@jakarta.ws.rs.PathParam",
          "QueryParam", "@jakarta.ws.rs.QueryParam");

  private final Context context;
  private final HandlerValidator handlers;

  ResourceValidator(Context context, HandlerValidator handlers) {
    this.context = context;
    this.handlers = handlers;
  }

  Report validate(ResourceModel resource, boolean adapterPresent) {
    HandlerModel handler = resource.handler();
    Report report = new Report();
    String name = handler.qualifiedName();
    if (!adapterPresent) {
      report.add(Messages.NO_JAXRS, handler.site(), name);
    }
    if (context.type(Api.METRIC_DEFINITION.canonicalName()).isEmpty()) {
      report.add(Messages.NO_RUNTIME, handler.site(), "the code generated for it cannot compile");
    }
    handlers.checkReach(report, handler);
    for (Site route : resource.promwireRoutes()) {
      String annotation = Describe.annotation(route.mirror());
      report.add(
          Messages.RESOURCE_AND_ROUTE, route, "@" + annotation, Describe.element(route.element()),
          name, JAXRS_COUNTERPARTS.getOrDefault(
              annotation, "@" + annotation.toUpperCase(Locale.ROOT) + " with @Path"));
    }
    for (MetricModel info : handler.infos()) {
      handlers.checkMetric(report, handler, info, Optional.empty(), name);
    }
    for (ResourceMethodModel method : resource.methods()) {
      checkMethod(report, handler, method);
    }
    return report;
  }

  private void checkMethod(Report report, HandlerModel handler, ResourceMethodModel resourceMethod) {
    MethodModel method = resourceMethod.method();
    String owner = Describe.element(method.element());
    boolean annotated =
        !method.metrics().isEmpty()
            || method.doNotTrack().isPresent()
            || method.excludeAll().isPresent();
    if (!resourceMethod.isResourceMethod()) {
      if (annotated) {
        Messages message =
            resourceMethod.isLocator() ? Messages.SUB_RESOURCE_LOCATOR : Messages.NOT_A_RESOURCE_METHOD;
        Site first = firstPromwireSite(method);
        report.add(message, first, Describe.annotation(first.mirror()), owner);
      }
      return;
    }
    if (method.routes().size() > 1) {
      report.add(
          Messages.TWO_ROUTES, resourceMethod.designators().get(1), owner,
          Describe.annotation(resourceMethod.designators().get(0).mirror()),
          Describe.annotation(resourceMethod.designators().get(1).mirror()));
    }
    if (annotated && (!resourceMethod.isPublic() || method.isStatic())) {
      report.add(
          Messages.UNREACHABLE, method.site(),
          "resource method " + owner + " is not a public instance method",
          "Jakarta REST calls public instance methods only: make it public and not static");
    }
    for (MetricModel metric : method.metrics()) {
      handlers.checkMetric(report, handler, metric, method.route(), owner);
      if (method.excludeAll().isPresent()) {
        report.add(Messages.NEVER_RECORDED, metric.site(), metric.kind().annotation(), owner);
      }
    }
  }

  /** The first promwire annotation of a method that is not a resource method. */
  private static Site firstPromwireSite(MethodModel method) {
    if (!method.metrics().isEmpty()) {
      return method.metrics().get(0).site();
    }
    return method.doNotTrack().or(method::excludeAll).orElseThrow();
  }
}
