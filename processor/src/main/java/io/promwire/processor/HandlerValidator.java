package io.promwire.processor;

import io.promwire.processor.model.Binding;
import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.LabelModel;
import io.promwire.processor.model.LabelSourceKind;
import io.promwire.processor.model.LabelSourceModel;
import io.promwire.processor.model.MethodModel;
import io.promwire.processor.model.MetricKind;
import io.promwire.processor.model.MetricModel;
import io.promwire.processor.model.Named;
import io.promwire.processor.model.ParamModel;
import io.promwire.processor.model.ReturnKind;
import io.promwire.processor.model.RouteModel;
import io.promwire.processor.model.Site;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Judges one handler class on its own: everything that can be wrong without looking at other
 * classes. Conflicts between classes are {@link MetricCatalog}'s and {@link RouteCatalog}'s.
 */
final class HandlerValidator {
  private final Context context;

  HandlerValidator(Context context) {
    this.context = context;
  }

  Report validate(HandlerModel handler) {
    Report report = new Report();
    if (handler.kind() == ElementKind.INTERFACE || handler.kind() == ElementKind.ANNOTATION_TYPE) {
      String kind = handler.kind() == ElementKind.INTERFACE ? "interface" : "annotation type";
      report.add(Messages.HANDLER_KIND, handler.site(), handler.qualifiedName(), kind);
      return report;
    }
    if (!handler.isHandler()) {
      handler.methods().forEach(method -> checkRouteOnlyAnnotations(report, method));
      return report;
    }
    checkReach(report, handler);
    if (context.type(Api.METRIC_DEFINITION.canonicalName()).isEmpty()) {
      report.add(Messages.NO_RUNTIME, handler.site(), "the code generated for it cannot compile");
    }
    handler.prefix().ifPresent(prefix -> checkTemplate(report, prefix.value(), prefix.site()));
    for (MetricModel info : handler.infos()) {
      checkMetric(report, handler, info, Optional.empty(), handler.qualifiedName());
    }
    for (MethodModel method : handler.methods()) {
      checkMethod(report, handler, method);
    }
    return report;
  }

  void checkReach(Report report, HandlerModel handler) {
    String name = handler.qualifiedName();
    switch (handler.reach()) {
      case PRIVATE -> report.add(
          Messages.UNREACHABLE, handler.site(), "class " + name + " is private",
          "make it package-private or public");
      case INSIDE_PRIVATE -> report.add(
          Messages.UNREACHABLE, handler.site(), "class " + name + " is inside a private class",
          "make the enclosing class package-private or public");
      case INNER -> report.add(
          Messages.UNREACHABLE, handler.site(), "inner class " + name + " is not static",
          "make it a static nested class");
      case REACHABLE -> { }
    }
    if (handler.generic()) {
      report.add(Messages.GENERIC_HANDLER, handler.site(), name);
    }
  }

  private void checkMethod(Report report, HandlerModel handler, MethodModel method) {
    String owner = Describe.element(method.element());
    if (method.isPrivate()) {
      report.add(
          Messages.UNREACHABLE, method.site(), "method " + owner + " is private",
          "make it package-private, protected or public");
    }
    if (method.isStatic()) {
      report.add(Messages.STATIC_METHOD, method.site(), owner);
    }
    if (method.route().isPresent() || !method.metrics().isEmpty()) {
      String packageName = Supertypes.packageOf(handler.element());
      SignatureTypes.firstUnreachable(method.element(), packageName)
          .ifPresent(type -> report.add(
              Messages.UNREACHABLE, method.site(),
              "type " + type.getQualifiedName() + " in the signature of " + owner
                  + " is not visible in package " + packageName,
              "make it package-private or public"));
    }
    if (method.routes().size() > 1) {
      report.add(
          Messages.TWO_ROUTES,
          method.routes().get(1).site(),
          owner,
          annotationName(method.routes().get(0)),
          annotationName(method.routes().get(1)));
    }
    Optional<RouteModel> route = method.route();
    if (route.isPresent()) {
      checkRoute(report, handler, method, route.get());
    } else {
      checkRouteOnlyAnnotations(report, method);
    }
    for (MetricModel metric : method.metrics()) {
      checkMetric(report, handler, metric, route, owner);
      if (method.excludeAll().isPresent()) {
        report.add(Messages.NEVER_RECORDED, metric.site(), metric.kind().annotation(), owner);
      }
    }
  }

  private void checkRoute(
      Report report, HandlerModel handler, MethodModel method, RouteModel route) {
    String owner = Describe.element(method.element());
    boolean partsValid = checkTemplate(report, route.value(), route.valueSite());
    boolean prefixValid =
        handler.prefix()
            .map(prefix -> RouteTemplate.parse(prefix.value()).problems().isEmpty())
            .orElse(true);
    RouteTemplate.Parsed template = RouteTemplate.parse(route.template());
    if (partsValid && prefixValid) {
      // The parts are fine on their own; what is left is a parameter named in both.
      template.problems()
          .forEach(p -> report.add(Messages.TEMPLATE, route.valueSite(), route.template(), p));
    }
    // An invalid template has no reliable parameters: binding against it would only report the
    // template's error again, as a parameter that is not bound.
    boolean templateValid = template.problems().isEmpty();
    for (ParamModel param : method.params()) {
      checkParam(report, route, template.paramSet(), templateValid, param);
    }
    if (method.returnKind() == ReturnKind.OTHER) {
      report.add(
          Messages.RETURN_TYPE, Site.returnType(method.element()), owner,
          Describe.type(method.element().getReturnType()));
    }
    if (!method.nonExceptionThrows().isEmpty()) {
      report.add(
          Messages.THROWS_THROWABLE, method.site(), owner,
          String.join(", ", method.nonExceptionThrows()));
    }
  }

  /** Reports the template's problems; whether there were none. */
  private static boolean checkTemplate(Report report, String template, Site site) {
    List<String> problems = RouteTemplate.parse(template).problems();
    problems.forEach(p -> report.add(Messages.TEMPLATE, site, template, p));
    return problems.isEmpty();
  }

  private void checkParam(
      Report report,
      RouteModel route,
      Set<String> templateParams,
      boolean templateValid,
      ParamModel param) {
    if (param.pathParam().isPresent() && param.queryParam().isPresent()) {
      report.add(
          Messages.PARAM_BINDING, param.site(), param.name(),
          "is annotated both @PathParam and @QueryParam: keep the one it is");
      return;
    }
    Binding binding = param.binding(templateParams);
    if (binding instanceof Binding.Unbound) {
      if (templateValid) {
        report.add(
            Messages.UNBOUND_PARAM, param.site(), param.name(), route.httpMethod(),
            route.template());
      }
    } else if (binding instanceof Binding.Path path) {
      if (!templateParams.contains(path.name())) {
        if (!templateValid) {
          return;
        }
        Named named = param.pathParam().orElseThrow();
        report.add(
            Messages.PARAM_BINDING, named.site(), param.name(),
            "is bound by @PathParam(\"" + path.name() + "\") to a parameter route template '"
                + route.template() + "' does not have: use one of " + listParams(templateParams));
      } else if (path.type().optional()) {
        report.add(
            Messages.PARAM_BINDING, param.site(), param.name(),
            "is Optional, but a path parameter is always present: declare it without Optional");
      } else if (!path.type().isSupported()) {
        report.add(
            Messages.PARAM_TYPE, param.site(), param.name(), path.type().written(),
            "a path parameter", "");
      }
    } else if (binding instanceof Binding.Query query && !query.type().isSupported()) {
      report.add(
          Messages.PARAM_TYPE, param.site(), param.name(), query.type().written(),
          "a query parameter", ", or Optional of one of those");
    }
  }

  /** {@code @DoNotTrack}, {@code @ExcludeAllMetrics} and parameter annotations need a route. */
  private static void checkRouteOnlyAnnotations(Report report, MethodModel method) {
    String owner = Describe.element(method.element());
    method.doNotTrack()
        .ifPresent(site -> report.add(
            Messages.NOT_A_ROUTE, site, "DoNotTrack", owner, "DoNotTrack"));
    method.excludeAll()
        .ifPresent(site -> report.add(
            Messages.NOT_A_ROUTE, site, "ExcludeAllMetrics", owner, "ExcludeAllMetrics"));
    for (ParamModel param : method.params()) {
      String where = "parameter '" + param.name() + "' of " + owner;
      param.pathParam()
          .ifPresent(p -> report.add(
              Messages.NOT_A_ROUTE, p.site(), "PathParam", where, "PathParam"));
      param.queryParam()
          .ifPresent(q -> report.add(
              Messages.NOT_A_ROUTE, q.site(), "QueryParam", where, "QueryParam"));
    }
  }

  void checkMetric(
      Report report,
      HandlerModel handler,
      MetricModel metric,
      Optional<RouteModel> route,
      String owner) {
    String name = metric.name();
    if (!PrometheusNames.METRIC_NAME.matcher(name).matches()) {
      report.add(Messages.METRIC_NAME, metric.nameSite(), name);
    } else if (PrometheusNames.registryName(metric.kind(), name).isEmpty()) {
      report.add(
          Messages.METRIC_NAME_ONLY_SUFFIX, metric.nameSite(), metric.kind().factory(), name, name);
    }
    if (metric.help().isBlank()) {
      report.add(Messages.HELP, metric.site().attribute("help"), name);
    }
    if (!metric.initialValue() && metric.labels().isEmpty()) {
      report.add(
          Messages.INITIAL_VALUE, metric.site().attribute("initialValue"), metric.kind().factory(),
          name);
    }
    Set<String> labelNames = new HashSet<>();
    for (LabelModel label : metric.labels()) {
      checkLabelName(report, metric, label, labelNames);
      if (label.sources().isEmpty()) {
        report.add(Messages.LABEL_SOURCE, label.site(), label.name(), "has no value source");
      } else if (label.sources().size() > 1) {
        String sources =
            label.sources().stream()
                .map(s -> s.kind().describe())
                .collect(Collectors.joining(", "));
        report.add(
            Messages.LABEL_SOURCE, label.sources().get(1).site(), label.name(),
            "has " + label.sources().size() + " value sources (" + sources + ")");
      } else {
        checkSource(report, handler, metric, label, route, owner);
      }
    }
    if (metric.kind() == MetricKind.HISTOGRAM) {
      bucketProblem(metric.buckets())
          .ifPresent(p -> report.add(
              Messages.BUCKETS, metric.site().attribute("buckets"), name, p));
    }
    Set<Double> quantiles = new HashSet<>();
    for (double quantile : metric.quantiles()) {
      Site site = metric.site().attribute("quantiles");
      if (!(quantile > 0 && quantile < 1)) {
        report.add(Messages.QUANTILES, site, quantile, name, "is not between 0 and 1 (exclusive)");
      } else if (!quantiles.add(quantile)) {
        report.add(Messages.QUANTILES, site, quantile, name, "appears twice");
      }
    }
  }

  private static void checkLabelName(
      Report report, MetricModel metric, LabelModel label, Set<String> seen) {
    String name = label.name();
    if (!PrometheusNames.LABEL_NAME.matcher(name).matches()) {
      report.add(
          Messages.LABEL_NAME, label.nameSite(), name, "does not match [a-zA-Z_][a-zA-Z0-9_]*");
    } else if (name.startsWith("__")) {
      report.add(
          Messages.LABEL_NAME, label.nameSite(), name,
          "starts with '__', which Prometheus reserves for its own labels");
    } else if (PrometheusNames.reservedLabel(metric.kind()).filter(name::equals).isPresent()) {
      report.add(Messages.RESERVED_LABEL, label.nameSite(), name, metric.kind().factory());
    }
    if (!seen.add(name)) {
      report.add(Messages.DUPLICATE_LABEL, label.nameSite(), name, metric.name());
    }
  }

  private void checkSource(
      Report report,
      HandlerModel handler,
      MetricModel metric,
      LabelModel label,
      Optional<RouteModel> route,
      String owner) {
    LabelSourceModel source = label.source();
    LabelSourceKind kind = source.kind();
    if (kind.hasArgument() && kind != LabelSourceKind.CONSTANT && source.argument().isEmpty()) {
      report.add(
          Messages.LABEL_SOURCE, source.site(), label.name(), "has an empty " + kind.attribute());
      return;
    }
    if (metric.kind() == MetricKind.INFO && kind != LabelSourceKind.CONSTANT) {
      report.add(Messages.INFO_LABEL, source.site(), label.name(), metric.name(), kind.describe());
      return;
    }
    // A class that is no usable resolver says nothing about when its value is known.
    if (kind.isResolver() && !checkResolver(report, handler, label, source)) {
      return;
    }
    if (metric.kind() == MetricKind.GAUGE && kind.knownOnExitOnly()) {
      report.add(Messages.GAUGE_LABEL, source.site(), label.name(), metric.name(), kind.describe());
    } else if (kind.needsRoute() && route.isEmpty()) {
      report.add(
          Messages.LABEL_NEEDS_ROUTE, source.site(), label.name(), kind.describe(), owner);
    } else if (kind == LabelSourceKind.PATH_PARAM) {
      String template = route.orElseThrow().template();
      RouteTemplate.Parsed parsed = RouteTemplate.parse(template);
      // An invalid template is reported on the route; its parameters prove nothing here.
      if (parsed.problems().isEmpty() && !parsed.paramSet().contains(source.argument())) {
        report.add(
            Messages.LABEL_PATH_PARAM, source.site(), label.name(), source.argument(), template,
            listParams(parsed.paramSet()));
      }
    }
  }

  /**
   * Reports a resolver class that implements neither resolver interface, or both, or that the
   * generated code cannot create; whether it is usable.
   */
  private boolean checkResolver(
      Report report, HandlerModel handler, LabelModel label, LabelSourceModel source) {
    if (context.type(Api.LABEL_RESOLVER).isEmpty()) {
      // The handler was reported already: without the runtime nothing generated compiles.
      return false;
    }
    TypeMirror type = source.resolver();
    String name = Describe.type(type);
    boolean plain = context.isSubtype(type, Api.LABEL_RESOLVER);
    boolean fromRequest = context.isSubtype(type, Api.REQUEST_LABEL_RESOLVER);
    if (!plain && !fromRequest) {
      report.add(
          Messages.LABEL_RESOLVER, source.site(), name, label.name(),
          "does not implement io.promwire.runtime.LabelResolver or"
              + " io.promwire.runtime.RequestLabelResolver: implement resolve(Request, Response,"
              + " Throwable) of LabelResolver, or resolve(Request) of RequestLabelResolver for a"
              + " value known before the call");
      return false;
    }
    if (plain && fromRequest) {
      report.add(
          Messages.LABEL_RESOLVER, source.site(), name, label.name(),
          "implements both io.promwire.runtime.LabelResolver and"
              + " io.promwire.runtime.RequestLabelResolver, so when it is called is unclear:"
              + " implement only one of them");
      return false;
    }
    TypeElement resolver = (TypeElement) ((DeclaredType) type).asElement();
    String handlerPackage = Supertypes.packageOf(handler.element());
    if (!isCreatableFrom(resolver, handlerPackage)) {
      report.add(
          Messages.LABEL_RESOLVER, source.site(), name, label.name(),
          "has no public no-argument constructor that the generated code can call: make it a"
              + " concrete public class (static, if nested) with a public constructor without"
              + " parameters");
      return false;
    }
    return true;
  }

  /** Whether generated code in {@code packageName} can write {@code new Type()}. */
  private static boolean isCreatableFrom(TypeElement type, String packageName) {
    boolean nestedInner =
        type.getNestingKind() == NestingKind.MEMBER
            && !type.getModifiers().contains(Modifier.STATIC);
    if (type.getKind() != ElementKind.CLASS
        || type.getModifiers().contains(Modifier.ABSTRACT)
        || nestedInner
        || !Supertypes.isVisibleFrom(type, packageName)) {
      return false;
    }
    boolean samePackage = Supertypes.packageOf(type).equals(packageName);
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .filter(c -> c.getParameters().isEmpty())
        .anyMatch(
            c ->
                c.getModifiers().contains(Modifier.PUBLIC)
                    || (samePackage && !c.getModifiers().contains(Modifier.PRIVATE)));
  }

  /** What is wrong with a histogram's buckets, finishing "buckets of histogram 'x' ...". */
  private static Optional<String> bucketProblem(List<Double> buckets) {
    if (buckets.isEmpty()) {
      return Optional.of("are empty");
    }
    for (int i = 0; i < buckets.size(); i++) {
      double bound = buckets.get(i);
      if (!Double.isFinite(bound)) {
        return Optional.of("contain " + bound + ", which is not finite");
      }
      if (bound < 0) {
        return Optional.of("contain the negative bound " + bound);
      }
      if (i > 0 && bound == buckets.get(i - 1)) {
        return Optional.of("contain " + bound + " twice");
      }
      if (i > 0 && bound < buckets.get(i - 1)) {
        return Optional.of(
            "are not in increasing order: " + bound + " follows " + buckets.get(i - 1));
      }
    }
    return Optional.empty();
  }

  private static String listParams(Set<String> params) {
    return params.isEmpty()
        ? "none: the template has no {parameters}"
        : params.stream().map(p -> "{" + p + "}").collect(Collectors.joining(", "));
  }

  private static String annotationName(RouteModel route) {
    String method = route.httpMethod().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(method.charAt(0)) + method.substring(1);
  }
}
