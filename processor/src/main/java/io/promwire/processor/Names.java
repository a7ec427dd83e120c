package io.promwire.processor;

import com.squareup.javapoet.ClassName;
import io.promwire.processor.model.Binding;
import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.MethodModel;
import io.promwire.processor.model.MetricKind;
import io.promwire.processor.model.MetricModel;
import io.promwire.processor.model.ParamModel;
import io.promwire.processor.model.ValueType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Every name the generated code declares is chosen here, so that names are stable, readable and
 * never collide with each other or with the user's parameter names.
 */
final class Names {
  static final String BOOTSTRAP = "PromwireBootstrap";

  /** The decorator's field, and constructor parameter, holding the handler instance. */
  static final String DELEGATE = "delegate";

  /** The {@code Instruments} parameter of the decorator's constructor and of {@code wire}. */
  static final String INSTRUMENTS = "instruments";

  /** The {@code Handlers} parameter of the bootstrap's {@code wire}. */
  static final String HANDLERS = "handlers";

  /** The parameter of each route handler lambda. */
  static final String ROUTE_REQUEST = "request";

  /** The field of the bootstrap's builder that holds the {@code Promwire.Builder}. */
  static final String APP = "app";

  /** Names the bootstrap's {@code wire} method and {@code Builder} already use. */
  private static final Set<String> BOOTSTRAP_RESERVED =
      Set.of(HANDLERS, INSTRUMENTS, APP, "registry", "options", "build", "builder");

  /**
   * The names inside one decorator.
   *
   * @param type the decorator class
   * @param constants the {@code MetricDefinition} constant of each recorded metric
   * @param converters the {@code Converter} constant of each enum route parameters convert to
   * @param handles the handle field of each metric of each instrumented method, in order
   * @param serveMethods the method that serves each route
   * @param routesMethod the method that returns the route table
   */
  record DecoratorNames(
      ClassName type,
      Map<MetricModel, String> constants,
      Map<TypeElement, String> converters,
      Map<MethodModel, Map<MetricModel, String>> handles,
      Map<MethodModel, String> serveMethods,
      String routesMethod) {}

  /**
   * The local variables of an instrumented method, clear of its parameter names.
   *
   * @param ended for a method that answers later, the action recording the call when it ends
   * @param stage for a method that answers later, the stage the delegate returned
   * @param entered the local holding what each gauge's {@code enter} returned, in metric order
   */
  record Locals(
      String call,
      String start,
      String elapsed,
      String result,
      String error,
      String ended,
      String stage,
      Map<MetricModel, String> entered) {}

  private Names() {}

  /** {@code ItemRoutes_Metrics}, or {@code Outer_Inner_Metrics} for a nested class. */
  static ClassName decorator(TypeElement handler) {
    return ClassName.get(
        Supertypes.packageOf(handler), Describe.nestedName(handler).replace('.', '_') + "_Metrics");
  }

  /** {@code ItemResource_ResourceMetrics}, what is generated for a Jakarta REST resource. */
  static ClassName resourceMetrics(TypeElement resource) {
    return ClassName.get(
        Supertypes.packageOf(resource),
        Describe.nestedName(resource).replace('.', '_') + "_ResourceMetrics");
  }

  /** The route endpoint of a method: {@code ItemRoutes.byType}, {@code Outer.Inner.method}. */
  static String endpoint(MethodModel method) {
    return Describe.nestedName((TypeElement) method.element().getEnclosingElement())
        + "."
        + method.name();
  }

  static DecoratorNames decorator(HandlerModel handler) {
    Set<String> taken = new HashSet<>(Set.of(DELEGATE));
    Map<MetricModel, String> constants = new LinkedHashMap<>();
    for (MetricModel metric : handler.registeredMetrics()) {
      String base = upperSnake(metric.name());
      String constant = SourceVersion.isName(base) ? base : "METRIC_" + base;
      constants.put(metric, claim(taken, constant, "_"));
    }
    Map<TypeElement, String> converters = new LinkedHashMap<>();
    for (ValueType type : enumParameterTypes(handler)) {
      if (!converters.containsKey(type.enumType())) {
        converters.put(
            type.enumType(),
            claim(taken, upperSnake(type.enumType().getSimpleName().toString()), "_"));
      }
    }
    List<MethodModel> instrumented =
        handler.methods().stream().filter(MethodModel::isInstrumented).toList();
    Map<MetricModel, Long> uses =
        instrumented.stream()
            .flatMap(method -> method.metrics().stream())
            .collect(Collectors.groupingBy(metric -> metric, Collectors.counting()));
    Map<MethodModel, Map<MetricModel, String>> handles = new LinkedHashMap<>();
    for (MethodModel method : instrumented) {
      Map<MetricModel, String> fields = new LinkedHashMap<>();
      for (MetricModel metric : method.metrics()) {
        // Named after the metric; after the method too when several methods record it.
        String base =
            uses.get(metric) == 1
                ? lowerCamel(upperCamel(metric.name()))
                : method.name() + upperCamel(metric.name());
        fields.put(metric, claim(taken, base, ""));
      }
      handles.put(method, fields);
    }
    // The decorator's own methods: instrumented ones, forwarding ones and the route table's.
    Set<String> methods = new HashSet<>();
    handler.methods().stream()
        .filter(MethodModel::isInstrumented)
        .forEach(m -> methods.add(m.name()));
    handler.delegated().forEach(m -> methods.add(m.getSimpleName().toString()));
    String routesMethod = routesMethod(handler);
    methods.add(routesMethod);
    Map<MethodModel, String> serveMethods = new LinkedHashMap<>();
    for (MethodModel method : handler.routeMethods()) {
      serveMethods.put(method, claim(methods, "serve" + upperCamel(method.name()), ""));
    }
    return new DecoratorNames(
        decorator(handler.element()), constants, converters, handles, serveMethods, routesMethod);
  }

  static Locals locals(ExecutableElement method, List<MetricModel> metrics) {
    Set<String> taken = new HashSet<>();
    for (VariableElement param : method.getParameters()) {
      taken.add(param.getSimpleName().toString());
    }
    Map<MetricModel, String> entered = new LinkedHashMap<>();
    for (MetricModel metric : metrics) {
      if (metric.kind() == MetricKind.GAUGE) {
        entered.put(metric, claim(taken, "entered", ""));
      }
    }
    return new Locals(
        claim(taken, "call", ""),
        claim(taken, "start", ""),
        claim(taken, "elapsed", ""),
        claim(taken, "result", ""),
        claim(taken, "e", ""),
        claim(taken, "ended", ""),
        claim(taken, "stage", ""),
        entered);
  }

  /** The bootstrap's builder method and local variable for each handler, by qualified name. */
  static Map<String, String> slots(List<HandlerModel> handlers) {
    Set<String> taken = new HashSet<>(BOOTSTRAP_RESERVED);
    Map<String, String> slots = new LinkedHashMap<>();
    for (HandlerModel handler : handlers) {
      String base = lowerCamel(Describe.nestedName(handler.element()).replace(".", ""));
      slots.put(handler.qualifiedName(), claim(taken, base, ""));
    }
    return slots;
  }

  /** The enum types route parameters convert to, in the order the routes use them. */
  private static List<ValueType> enumParameterTypes(HandlerModel handler) {
    return handler.routeMethods().stream()
        .flatMap(method -> {
          Set<String> templateParams =
              RouteTemplate.parse(method.route().orElseThrow().template()).paramSet();
          return method.params().stream().map((ParamModel p) -> p.binding(templateParams));
        })
        .map(Names::convertedType)
        .filter(type -> type != null && type.conversion() == ValueType.Conversion.ENUM)
        .toList();
  }

  private static ValueType convertedType(Binding binding) {
    if (binding instanceof Binding.Path path) {
      return path.type();
    }
    return binding instanceof Binding.Query query ? query.type() : null;
  }

  /**
   * {@code routes}, unless the decorator already has a method of that name without parameters
   * because the handler or its interfaces declare one.
   */
  private static String routesMethod(HandlerModel handler) {
    Set<String> taken = new HashSet<>();
    handler.methods().stream()
        .filter(m -> m.isInstrumented() && m.params().isEmpty())
        .forEach(m -> taken.add(m.name()));
    handler.delegated().stream()
        .filter(m -> m.getParameters().isEmpty())
        .forEach(m -> taken.add(m.getSimpleName().toString()));
    for (String candidate : List.of("routes", "routeTable")) {
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
    return claim(taken, "promwireRoutes", "");
  }

  /** {@code base}, or {@code base} with the first free number after {@code separator}. */
  private static String claim(Set<String> taken, String base, String separator) {
    String name = base;
    for (int n = 2; taken.contains(name) || SourceVersion.isKeyword(name); n++) {
      name = base + separator + n;
    }
    taken.add(name);
    return name;
  }

  /** {@code requests_by_status} and {@code requestsByStatus} give {@code REQUESTS_BY_STATUS}. */
  static String upperSnake(String name) {
    StringBuilder snake = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
        snake.append('_');
      }
      snake.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return snake.toString();
  }

  /** {@code requests_by_status} and {@code byType} give {@code RequestsByStatus}, {@code ByType}. */
  static String upperCamel(String name) {
    StringBuilder camel = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }

  /** {@code ItemRoutes} gives {@code itemRoutes}, {@code URLRoutes} gives {@code urlRoutes}. */
  static String lowerCamel(String name) {
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    // In "URLRoutes" the last capital of the run starts the next word.
    int lower = upper > 1 && upper < name.length() ? upper - 1 : upper;
    return name.substring(0, lower).toLowerCase(Locale.ROOT) + name.substring(lower);
  }
}
