package io.promwire.processor;

import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.MethodModel;
import io.promwire.processor.model.ResourceMethodModel;
import io.promwire.processor.model.ResourceModel;
import io.promwire.processor.model.ReturnKind;
import io.promwire.processor.model.RouteModel;
import io.promwire.processor.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a Jakarta REST resource class into a {@link ResourceModel}, by the annotations' names: the
 * processor does not depend on the Jakarta REST API. Like {@link HandlerReader} it records what
 * was written; {@link ResourceValidator} judges it.
 */
final class ResourceReader {
  private final Context context;
  private final HandlerReader handlers;

  ResourceReader(Context context, HandlerReader handlers) {
    this.context = context;
    this.handlers = handlers;
  }

  /**
   * Whether the class is a Jakarta REST resource: a {@code @Path} on it, or a {@code @Path} or
   * method designator on one of its methods. Interfaces are left to the classes implementing them.
   */
  boolean isResource(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS) {
      return false;
    }
    if (HandlerReader.direct(type, Api.JAXRS_PATH).isPresent()) {
      return true;
    }
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(m -> HandlerReader.direct(m, Api.JAXRS_PATH).isPresent()
            || !designators(m).isEmpty());
  }

  /** Whether promwire-jaxrs, which the code generated for resources calls, is on the class path. */
  boolean adapterPresent() {
    return context.type(Api.RESOURCE_METRICS.canonicalName()).isPresent();
  }

  ResourceModel read(TypeElement type) {
    String classPath =
        HandlerReader.direct(type, Api.JAXRS_PATH).map(site -> pathValue(site.mirror())).orElse("");
    List<Site> promwireRoutes = new ArrayList<>();
    HandlerReader.direct(type, Api.ROUTE_PREFIX).ifPresent(promwireRoutes::add);
    List<ResourceMethodModel> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        if (Api.ROUTES.containsKey(HandlerReader.annotationName(mirror))) {
          promwireRoutes.add(Site.of(method, mirror, -1));
        }
      }
      for (VariableElement param : method.getParameters()) {
        HandlerReader.direct(param, Api.PATH_PARAM).ifPresent(promwireRoutes::add);
        HandlerReader.direct(param, Api.QUERY_PARAM).ifPresent(promwireRoutes::add);
      }
      List<Designator> designators = designators(method);
      Optional<Site> path = HandlerReader.direct(method, Api.JAXRS_PATH);
      if (designators.isEmpty() && path.isEmpty() && !hasPromwireAnnotation(method)) {
        continue;
      }
      String methodPath = path.map(site -> pathValue(site.mirror())).orElse("");
      String template = ResourceTemplate.join(classPath, methodPath);
      List<RouteModel> routes =
          designators.stream()
              .map(d -> new RouteModel(d.httpMethod(), methodPath, template, d.site()))
              .toList();
      MethodModel model =
          new MethodModel(
              method,
              method.getModifiers().contains(Modifier.PRIVATE),
              method.getModifiers().contains(Modifier.STATIC),
              routes,
              handlers.metrics(method),
              HandlerReader.direct(method, Api.DO_NOT_TRACK),
              HandlerReader.direct(method, Api.EXCLUDE_ALL),
              List.of(),
              ReturnKind.OTHER,
              false,
              List.of(),
              false);
      methods.add(
          new ResourceMethodModel(
              model,
              designators.stream().map(Designator::site).toList(),
              path,
              method.getModifiers().contains(Modifier.PUBLIC)));
    }
    HandlerModel handler =
        new HandlerModel(
            type,
            type.getKind(),
            HandlerReader.reach(type),
            HandlerReader.isPublicEverywhere(type),
            !type.getTypeParameters().isEmpty(),
            false,
            Optional.empty(),
            handlers.metrics(type),
            methods.stream().map(ResourceMethodModel::method).toList(),
            List.of(),
            List.of(),
            true);
    return new ResourceModel(handler, methods, promwireRoutes);
  }

  /** A method designator on a method: the HTTP method it names and where it was written. */
  private record Designator(String httpMethod, Site site) {}

  /**
   * The method designators on a method: Jakarta REST's own, and annotations that are themselves
   * annotated {@code @HttpMethod("...")}.
   */
  private List<Designator> designators(ExecutableElement method) {
    List<Designator> found = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      Element annotation = mirror.getAnnotationType().asElement();
      HandlerReader.direct(annotation, Api.JAXRS_HTTP_METHOD)
          .map(site -> new AnnotationValues(context.elements(), site.mirror()).string("value"))
          .ifPresent(httpMethod -> found.add(new Designator(httpMethod, Site.of(method, mirror, -1))));
    }
    return found;
  }

  private String pathValue(AnnotationMirror mirror) {
    return new AnnotationValues(context.elements(), mirror).string("value");
  }

  private static boolean hasPromwireAnnotation(ExecutableElement method) {
    return method.getAnnotationMirrors().stream()
        .anyMatch(m -> HandlerReader.annotationName(m).startsWith(Api.ANNOTATIONS + "."));
  }
}
