package io.promwire.processor;

import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.HandlerModel.Reach;
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
import io.promwire.processor.model.ValueType;
import io.promwire.processor.model.ValueType.Conversion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a class into a {@link HandlerModel}. Reading decides nothing about validity: it records
 * what was written and where, and {@link HandlerValidator} judges it.
 */
final class HandlerReader {
  /** What javac gives for an attribute value that does not resolve. */
  private static final String ERROR_VALUE = "<error>";

  private final Context context;
  private final Supertypes supertypes;

  HandlerReader(Context context) {
    this.context = context;
    this.supertypes = new Supertypes(context);
  }

  /**
   * Whether a type the class's signatures or annotations use does not resolve (yet): then it
   * cannot be read.
   */
  boolean hasUnresolvedTypes(TypeElement type) {
    if (isUnresolved(type.getSuperclass())
        || type.getInterfaces().stream().anyMatch(HandlerReader::isUnresolved)
        || hasUnresolvedValue(type)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (isUnresolved(method.getReturnType())
          || method.getThrownTypes().stream().anyMatch(HandlerReader::isUnresolved)
          || hasUnresolvedValue(method)) {
        return true;
      }
      for (VariableElement param : method.getParameters()) {
        if (isUnresolved(param.asType()) || hasUnresolvedValue(param)) {
          return true;
        }
      }
    }
    return false;
  }

  HandlerModel read(TypeElement type) {
    List<DeclaredType> interfaces = supertypes.decoratorInterfaces(type);
    List<ExecutableElement> interfaceMethods = supertypes.interfaceMethods(type, interfaces);
    // @RoutePrefix("") means no prefix at all.
    Optional<Named> prefix =
        direct(type, Api.ROUTE_PREFIX)
            .map(site -> new Named(values(site).string("value"), site.attribute("value")))
            .filter(named -> !named.value().isEmpty());
    List<MethodModel> methods = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (hasPromwireAnnotation(method)) {
        methods.add(method(type, method, prefix.map(Named::value).orElse(""), interfaceMethods));
      }
    }
    List<ExecutableElement> delegated =
        interfaceMethods.stream()
            .filter(
                im ->
                    methods.stream()
                        .noneMatch(
                            m ->
                                m.isInstrumented()
                                    && context.elements().overrides(m.element(), im, type)))
            .toList();
    Reach reach = reach(type);
    return new HandlerModel(
        type,
        type.getKind(),
        reach,
        isPublicEverywhere(type),
        !type.getTypeParameters().isEmpty(),
        reach == Reach.REACHABLE && hasPublicNoArgConstructor(type),
        prefix,
        metrics(type),
        methods,
        interfaces,
        delegated,
        false);
  }

  private MethodModel method(
      TypeElement type,
      ExecutableElement method,
      String prefix,
      List<ExecutableElement> interfaceMethods) {
    List<RouteModel> routes = new ArrayList<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      String httpMethod = Api.ROUTES.get(annotationName(mirror));
      if (httpMethod != null) {
        String value = values(mirror).string("value");
        routes.add(
            new RouteModel(
                httpMethod, value, RouteTemplate.join(prefix, value), Site.of(method, mirror, -1)));
      }
    }
    TypeMirror returned = method.getReturnType();
    boolean answersLater = isStage(returned);
    return new MethodModel(
        method,
        method.getModifiers().contains(Modifier.PRIVATE),
        method.getModifiers().contains(Modifier.STATIC),
        routes,
        metrics(method),
        direct(method, Api.DO_NOT_TRACK),
        direct(method, Api.EXCLUDE_ALL),
        method.getParameters().stream().map(this::param).toList(),
        returnKind(answersLater ? completedWith(returned) : returned),
        answersLater,
        method.getThrownTypes().stream()
            .filter(t -> t.getKind() != TypeKind.TYPEVAR && !isExceptionOrError(t))
            .map(TypeMirror::toString)
            .toList(),
        interfaceMethods.stream().anyMatch(im -> context.elements().overrides(method, im, type)));
  }

  /** The metric annotations of an element in the order written, repeated ones unpacked. */
  List<MetricModel> metrics(Element element) {
    List<MetricModel> metrics = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = annotationName(mirror);
      for (MetricKind kind : MetricKind.values()) {
        String annotation = Api.annotation(kind.annotation());
        if (name.equals(annotation)) {
          metrics.add(metric(kind, Site.of(element, mirror, -1)));
        } else if (name.equals(Api.container(annotation))) {
          List<AnnotationMirror> repeated = values(mirror).annotations("value");
          for (int i = 0; i < repeated.size(); i++) {
            metrics.add(metric(kind, Site.of(element, repeated.get(i), i)));
          }
        }
      }
    }
    return metrics;
  }

  private MetricModel metric(MetricKind kind, Site site) {
    AnnotationValues values = values(site);
    List<AnnotationMirror> labelMirrors = values.annotations("labels");
    List<LabelModel> labels = new ArrayList<>();
    for (int i = 0; i < labelMirrors.size(); i++) {
      labels.add(label(labelMirrors.get(i), site.attribute("labels").index(i)));
    }
    return new MetricModel(
        kind,
        values.string("name"),
        values.string("help"),
        labels,
        kind == MetricKind.HISTOGRAM ? values.doubles("buckets") : List.of(),
        kind == MetricKind.SUMMARY ? values.doubles("quantiles") : List.of(),
        !kind.hasInitialValue() || values.bool("initialValue"),
        site);
  }

  private LabelModel label(AnnotationMirror mirror, Site site) {
    AnnotationValues values = new AnnotationValues(context.elements(), mirror);
    List<LabelSourceModel> sources = new ArrayList<>();
    for (LabelSourceKind kind :
        List.of(
            LabelSourceKind.CONSTANT,
            LabelSourceKind.PATH_PARAM,
            LabelSourceKind.QUERY_PARAM,
            LabelSourceKind.HEADER)) {
      if (values.isExplicit(kind.attribute())) {
        sources.add(
            new LabelSourceModel(
                kind, values.string(kind.attribute()), null, site.attribute(kind.attribute())));
      }
    }
    String from = values.enumConstant("from");
    if (!from.equals("NONE")) {
      sources.add(
          new LabelSourceModel(LabelSourceKind.valueOf(from), "", null, site.attribute("from")));
    }
    TypeMirror resolver = values.type("resolver");
    if (resolver.getKind() != TypeKind.VOID) {
      // The interface it implements says which kind; a class implementing neither, or both, is
      // left a plain resolver for the validator to report.
      LabelSourceKind kind =
          context.isSubtype(resolver, Api.REQUEST_LABEL_RESOLVER)
                  && !context.isSubtype(resolver, Api.LABEL_RESOLVER)
              ? LabelSourceKind.REQUEST_RESOLVER
              : LabelSourceKind.RESOLVER;
      sources.add(new LabelSourceModel(kind, "", resolver, site.attribute("resolver")));
    }
    return new LabelModel(values.string("name"), sources, site);
  }

  private ParamModel param(VariableElement param) {
    return new ParamModel(
        param,
        context.is(param.asType(), Api.REQUEST_TYPE),
        direct(param, Api.PATH_PARAM)
            .map(site -> new Named(values(site).string("value"), site.attribute("value"))),
        direct(param, Api.QUERY_PARAM)
            .map(site -> new Named(values(site).string("value"), site.attribute("value"))),
        valueType(param.asType(), true));
  }

  /** How parameter text converts to {@code type}; {@code Optional<...>} is unwrapped once. */
  private ValueType valueType(TypeMirror type, boolean mayBeOptional) {
    String written = Describe.type(type);
    Conversion primitive =
        switch (type.getKind()) {
          case INT -> Conversion.INT;
          case LONG -> Conversion.LONG;
          case BOOLEAN -> Conversion.BOOLEAN;
          case DOUBLE -> Conversion.DOUBLE;
          default -> null;
        };
    if (primitive != null) {
      return new ValueType(primitive, true, false, null, written);
    }
    if (!(type instanceof DeclaredType declared)) {
      return unsupported(written);
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return new ValueType(Conversion.ENUM, false, false, element, written);
    }
    String name = element.getQualifiedName().toString();
    if (name.equals("java.util.Optional") && mayBeOptional) {
      List<? extends TypeMirror> arguments = declared.getTypeArguments();
      ValueType inner =
          arguments.size() == 1 ? valueType(arguments.get(0), false) : unsupported(written);
      return new ValueType(inner.conversion(), false, true, inner.enumType(), written);
    }
    Conversion boxed =
        switch (name) {
          case "java.lang.String" -> Conversion.STRING;
          case "java.lang.Integer" -> Conversion.INT;
          case "java.lang.Long" -> Conversion.LONG;
          case "java.lang.Boolean" -> Conversion.BOOLEAN;
          case "java.lang.Double" -> Conversion.DOUBLE;
          case "java.util.UUID" -> Conversion.UUID;
          default -> Conversion.NONE;
        };
    return new ValueType(boxed, false, false, null, written);
  }

  private static ValueType unsupported(String written) {
    return new ValueType(Conversion.NONE, false, false, null, written);
  }

  /**
   * Whether a method returning this answers later: a {@code CompletionStage} or {@code
   * CompletableFuture}.
   */
  private boolean isStage(TypeMirror type) {
    return context.is(type, Api.COMPLETION_STAGE_TYPE)
        || context.is(type, Api.COMPLETABLE_FUTURE_TYPE);
  }

  /**
   * What a stage completes with: {@code T} ({@code Void} as {@code void}); {@code Object} for a raw
   * or wildcard stage.
   */
  private TypeMirror completedWith(TypeMirror stage) {
    List<? extends TypeMirror> arguments = ((DeclaredType) stage).getTypeArguments();
    TypeMirror result = arguments.isEmpty() ? null : arguments.get(0);
    if (result == null
        || (result.getKind() != TypeKind.DECLARED && result.getKind() != TypeKind.ARRAY)) {
      return context.elements().getTypeElement("java.lang.Object").asType();
    }
    return context.is(result, "java.lang.Void") ? context.types().getNoType(TypeKind.VOID) : result;
  }

  private ReturnKind returnKind(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return ReturnKind.VOID;
    }
    if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
      return ReturnKind.BYTES;
    }
    if (context.is(type, "java.lang.String")) {
      return ReturnKind.STRING;
    }
    return context.is(type, Api.RESPONSE_TYPE) ? ReturnKind.RESPONSE : ReturnKind.OTHER;
  }

  private boolean isExceptionOrError(TypeMirror thrown) {
    return context.type("java.lang.Exception").map(e -> isSubtype(thrown, e)).orElse(false)
        || context.type("java.lang.Error").map(e -> isSubtype(thrown, e)).orElse(false);
  }

  private boolean isSubtype(TypeMirror type, TypeElement of) {
    return context.types().isSubtype(type, context.types().erasure(of.asType()));
  }

  static Reach reach(TypeElement type) {
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      return Reach.PRIVATE;
    }
    for (Element e = type.getEnclosingElement();
        e instanceof TypeElement;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return Reach.INSIDE_PRIVATE;
      }
    }
    boolean inner =
        type.getNestingKind() == NestingKind.MEMBER
            && type.getKind() == ElementKind.CLASS
            && !type.getModifiers().contains(Modifier.STATIC);
    return inner ? Reach.INNER : Reach.REACHABLE;
  }

  static boolean isPublicEverywhere(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (!e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasPublicNoArgConstructor(TypeElement type) {
    boolean concrete =
        (type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD)
            && !type.getModifiers().contains(Modifier.ABSTRACT);
    return concrete
        && ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .anyMatch(
                c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
  }

  private static boolean hasPromwireAnnotation(ExecutableElement method) {
    return isPromwire(method)
        || method.getParameters().stream().anyMatch(HandlerReader::isPromwire);
  }

  private static boolean isPromwire(Element element) {
    return element.getAnnotationMirrors().stream()
        .anyMatch(m -> annotationName(m).startsWith(Api.ANNOTATIONS + "."));
  }

  /** The annotation {@code qualifiedName} written directly on {@code element}, if any. */
  static Optional<Site> direct(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> annotationName(m).equals(qualifiedName))
        .findFirst()
        .map(m -> Site.of(element, m, -1));
  }

  private AnnotationValues values(Site site) {
    return values(site.mirror());
  }

  private AnnotationValues values(AnnotationMirror mirror) {
    return new AnnotationValues(context.elements(), mirror);
  }

  static String annotationName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static boolean hasUnresolvedValue(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(HandlerReader::hasUnresolvedValue);
  }

  /**
   * Whether an attribute names a class or constant that does not resolve (yet), such as {@code
   * @Get(Paths.ITEMS)} before another processor generated {@code Paths}: javac then hands over the
   * text {@code <error>} instead of a value of the attribute's type.
   */
  private static boolean hasUnresolvedValue(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      String type = erasedName(entry.getKey().getReturnType());
      for (AnnotationValue value : flatten(entry.getValue())) {
        Object content = value.getValue();
        boolean unresolved =
            content instanceof AnnotationMirror nested
                ? hasUnresolvedValue(nested)
                : type.equals("java.lang.Class")
                    ? !(content instanceof TypeMirror resolved && !isUnresolved(resolved))
                    : content instanceof String text
                        && (text.equals(ERROR_VALUE) || !type.equals("java.lang.String"));
        if (unresolved) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<AnnotationValue> flatten(AnnotationValue value) {
    return value.getValue() instanceof List<?> values
        ? values.stream().map(AnnotationValue.class::cast).toList()
        : List.of(value);
  }

  private static String erasedName(TypeMirror type) {
    TypeMirror element = type instanceof ArrayType array ? array.getComponentType() : type;
    return element instanceof DeclaredType declared
        ? ((TypeElement) declared.asElement()).getQualifiedName().toString()
        : element.toString();
  }

  /** Whether {@code type} or a type it is made of (array component, type argument) is an error. */
  private static boolean isUnresolved(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return isUnresolved(array.getComponentType());
    }
    return type instanceof DeclaredType declared
        && declared.getTypeArguments().stream().anyMatch(HandlerReader::isUnresolved);
  }
}
