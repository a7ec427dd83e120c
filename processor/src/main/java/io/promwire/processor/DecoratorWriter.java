package io.promwire.processor;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import io.promwire.processor.Names.DecoratorNames;
import io.promwire.processor.Names.Locals;
import io.promwire.processor.model.Binding;
import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.LabelModel;
import io.promwire.processor.model.LabelSourceKind;
import io.promwire.processor.model.LabelSourceModel;
import io.promwire.processor.model.MethodModel;
import io.promwire.processor.model.MetricKind;
import io.promwire.processor.model.MetricModel;
import io.promwire.processor.model.ParamModel;
import io.promwire.processor.model.ReturnKind;
import io.promwire.processor.model.RouteModel;
import io.promwire.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/**
 * Writes a handler's decorator: its metric definitions, the instrumented methods for direct calls,
 * plain forwarding for the rest of its interfaces, and its route table.
 */
final class DecoratorWriter {
  private final Context context;

  DecoratorWriter(Context context) {
    this.context = context;
  }

  JavaFile write(HandlerModel handler) {
    DecoratorNames names = Names.decorator(handler);
    TypeSpec.Builder type =
        GeneratedFiles.generatedClass(names.type())
            .addOriginatingElement(handler.element())
            .addJavadoc(
                "Records the metrics of {@link $T} around its methods and serves its routes.\n",
                ClassName.get(handler.element()));
    handler.interfaces().forEach(i -> type.addSuperinterface(TypeName.get(i)));
    names.constants().forEach(
        (metric, constant) ->
            type.addField(
                FieldSpec.builder(Api.METRIC_DEFINITION, constant, STATIC, FINAL)
                    .initializer(definition(metric))
                    .build()));
    names.converters()
        .forEach((enumType, constant) -> type.addField(converter(enumType, constant)));
    type.addField(ClassName.get(handler.element()), Names.DELEGATE, PRIVATE, FINAL);
    names.handles().values()
        .forEach(fields -> fields.forEach(
            (metric, field) -> type.addField(handleType(metric), field, PRIVATE, FINAL)));
    type.addMethod(constructor(handler, names));
    for (MethodModel method : handler.methods()) {
      if (method.isInstrumented()) {
        type.addMethod(instrumented(method, names));
      }
    }
    handler.delegated().forEach(method -> type.addMethod(forwarding(handler, method)));
    type.addMethod(routes(handler, names));
    handler.routeMethods().forEach(method -> type.addMethod(serve(method, names)));
    return GeneratedFiles.javaFile(names.type(), type.build());
  }

  /**
   * {@code MetricDefinition.counter("name", "help").label(...)...}: on the field's line when it
   * is a single call, else starting on a line of its own with one chained call per line.
   */
  static CodeBlock definition(MetricModel metric) {
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", metric.name()));
    args.add(CodeBlock.of("$S", metric.help()));
    List<Double> layout =
        metric.kind() == MetricKind.HISTOGRAM ? metric.buckets() : metric.quantiles();
    layout.forEach(bound -> args.add(CodeBlock.of("$L", Double.toString(bound))));
    CodeBlock call =
        CodeBlock.of("$T.$L($L)", Api.METRIC_DEFINITION, metric.kind().factory(),
            CodeBlock.join(args, ",$W"));
    List<CodeBlock> chain = new ArrayList<>();
    metric.labels().forEach(label -> chain.add(CodeBlock.of("label($L)", label(label))));
    if (!metric.initialValue()) {
      chain.add(CodeBlock.of("initialValue(false)"));
    }
    if (chain.isEmpty()) {
      return call;
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$>$>\n$L$>$>", call);
    chain.forEach(link -> code.add("\n.$L", link));
    return code.add("$<$<$<$<").build();
  }

  private static CodeBlock label(LabelModel label) {
    LabelSourceModel source = label.source();
    LabelSourceKind kind = source.kind();
    if (kind.hasArgument()) {
      return CodeBlock.of(
          "$T.$L($S, $S)", Api.LABEL_DEFINITION, kind.factory(), label.name(), source.argument());
    }
    if (kind.isResolver()) {
      return CodeBlock.of(
          "$T.$L($S, new $T())", Api.LABEL_DEFINITION, kind.factory(), label.name(),
          TypeName.get(source.resolver()));
    }
    return CodeBlock.of("$T.$L($S)", Api.LABEL_DEFINITION, kind.factory(), label.name());
  }

  /** {@code Converter.ofEnum("one of RED, GREEN", Color::valueOf)}, the text made here once. */
  private static FieldSpec converter(TypeElement enumType, String constant) {
    ClassName type = ClassName.get(enumType);
    String constants =
        enumType.getEnclosedElements().stream()
            .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
            .map(e -> e.getSimpleName().toString())
            .collect(Collectors.joining(", "));
    return FieldSpec.builder(
            ParameterizedTypeName.get(Api.CONVERTER, type), constant, PRIVATE, STATIC, FINAL)
        .initializer("$T.ofEnum($S,$W$T::valueOf)", Api.CONVERTER, "one of " + constants, type)
        .build();
  }

  private static MethodSpec constructor(HandlerModel handler, DecoratorNames names) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(PUBLIC)
            .addParameter(ClassName.get(handler.element()), Names.DELEGATE)
            .addParameter(Api.INSTRUMENTS, Names.INSTRUMENTS)
            .addStatement("this.$N = $T.requireNonNull($N, $S)", Names.DELEGATE, Objects.class,
                Names.DELEGATE, Names.DELEGATE);
    handler.infos()
        .forEach(info -> constructor.addStatement(
            "$N.info($N)", Names.INSTRUMENTS, names.constants().get(info)));
    names.handles().forEach((method, fields) -> fields.forEach((metric, field) -> {
      CodeBlock route =
          method.route()
              .map(r -> CodeBlock.of(",$W$S, $S", r.httpMethod(), r.template()))
              .orElse(CodeBlock.of(""));
      constructor.addStatement(
          "this.$N = $N.$L($N$L)", field, Names.INSTRUMENTS, handleFactory(metric),
          names.constants().get(metric), route);
    }));
    return constructor.build();
  }

  /** The handle class recording one kind of metric. */
  private static ClassName handleType(MetricModel metric) {
    return switch (metric.kind()) {
      case COUNTER -> Api.COUNTER_HANDLE;
      case HISTOGRAM, SUMMARY -> Api.DURATION_HANDLE;
      case GAUGE -> Api.IN_PROGRESS_HANDLE;
      case INFO -> throw new IllegalArgumentException("info metrics have no handle: " + metric);
    };
  }

  /** The {@code Instruments} method that makes the handle of one kind of metric. */
  private static String handleFactory(MetricModel metric) {
    return switch (metric.kind()) {
      case COUNTER -> "counter";
      case HISTOGRAM, SUMMARY -> "duration";
      case GAUGE -> "inProgress";
      case INFO -> throw new IllegalArgumentException("info metrics have no handle: " + metric);
    };
  }

  /**
   * The method for direct calls: records the call around the delegate's, as the best hand-written
   * code would: gauges are raised before it, the clock read only when a histogram or summary needs
   * the duration, and each metric recorded through its own handle in a {@code finally}, so that
   * calls that throw count too (for a method that answers later, when its stage completes). Only
   * labels that read the call's outcome or path parameters need a {@code DirectCall}. The catch
   * rethrows precisely, so the method declares exactly what the handler's method declares.
   */
  private static MethodSpec instrumented(MethodModel method, DecoratorNames names) {
    ExecutableElement element = method.element();
    boolean outcome = method.metrics().stream().anyMatch(DecoratorWriter::readsOutcome);
    CodeBlock pathParams = pathParams(method);
    Call call =
        new Call(
            method,
            parameterNames(element),
            Names.locals(element, method.metrics()),
            names.handles().get(method),
            outcome,
            outcome || !pathParams.isEmpty());
    MethodSpec.Builder builder = copySignature(element);
    if (method.overridesInterface()) {
      builder.addAnnotation(Override.class);
    }
    Locals locals = call.locals();
    if (call.direct()) {
      builder.addStatement(
          "$T $N = $T.of($L)", Api.DIRECT_CALL, locals.call(), Api.DIRECT_CALL, pathParams);
    }
    locals.entered().forEach((gauge, local) -> builder.addStatement(
        "$T $N = $L.enter($L)", Api.GAUGE_DATA_POINT, local, call.handle(gauge), call.argument()));
    if (method.metrics().stream().anyMatch(metric -> metric.kind().isTimed())) {
      builder.addStatement("long $N = $T.nanoTime()", locals.start(), System.class);
    }
    if (method.answersLater()) {
      recordWhenComplete(builder, call);
    } else {
      recordInFinally(builder, call);
    }
    return builder.build();
  }

  /**
   * One instrumented method as its code is written.
   *
   * @param params the method's parameter names, which fields are qualified against
   * @param handles the decorator's handle field of each metric
   * @param outcome whether a label reads how the call ended
   * @param direct whether the call needs a {@code DirectCall}: for its outcome or path parameters
   */
  private record Call(
      MethodModel method,
      Set<String> params,
      Locals locals,
      Map<MetricModel, String> handles,
      boolean outcome,
      boolean direct) {

    /** The handle field of a metric, qualified where a parameter hides it. */
    String handle(MetricModel metric) {
      return field(handles.get(metric), params);
    }

    /** The {@code DirectCall} argument handles take, or nothing. */
    CodeBlock argument() {
      return direct ? CodeBlock.of("$N", locals.call()) : CodeBlock.of("");
    }
  }

  /** The delegate's call inside a {@code try}, every metric recorded in its {@code finally}. */
  private static void recordInFinally(MethodSpec.Builder builder, Call call) {
    ExecutableElement element = call.method().element();
    Locals locals = call.locals();
    builder.beginControlFlow("try");
    CodeBlock delegateCall = call(field(Names.DELEGATE, call.params()), element);
    boolean isVoid = element.getReturnType().getKind() == TypeKind.VOID;
    if (!call.outcome()) {
      builder.addStatement(isVoid ? "$L" : "return $L", delegateCall);
    } else {
      if (isVoid) {
        builder.addStatement("$L", delegateCall);
        builder.addStatement("$N.succeeded($L)", locals.call(), successStatus(call.method()));
      } else {
        builder.addStatement(
            "$T $N = $L", TypeName.get(element.getReturnType()), locals.result(), delegateCall);
        if (call.method().returnKind() == ReturnKind.RESPONSE) {
          builder.addStatement("$N.returned($N)", locals.call(), locals.result());
        } else {
          builder.addStatement("$N.succeeded($L)", locals.call(), successStatus(call.method()));
        }
        builder.addStatement("return $N", locals.result());
      }
      builder.nextControlFlow("catch ($T $N)", Throwable.class, locals.error());
      builder.addStatement("$N.threw($N)", locals.call(), locals.error());
      builder.addStatement("throw $N", locals.error());
    }
    builder.nextControlFlow("finally");
    recordings(builder, call);
    builder.endControlFlow();
  }

  /**
   * For a method that answers through a stage: one action records every metric when the stage
   * completes, or at once when the delegate throws, and the caller gets a stage that completes
   * after it ({@code Stages.recorded}).
   */
  private static void recordWhenComplete(MethodSpec.Builder builder, Call call) {
    ExecutableElement element = call.method().element();
    Locals locals = call.locals();
    builder.addCode(
        "$T<$T, $T> $N = ($N, $N) -> {\n$>",
        BiConsumer.class, Object.class, Throwable.class, locals.ended(), locals.result(),
        locals.error());
    if (call.outcome()) {
      CodeBlock completedWith =
          call.method().returnKind() == ReturnKind.RESPONSE
              ? CodeBlock.of("($T) $N", Api.RESPONSE, locals.result())
              : successStatus(call.method());
      builder.addStatement(
          "$N.completed($L, $N)", locals.call(), completedWith, locals.error());
    }
    recordings(builder, call);
    builder.addCode("$<};\n");
    builder.addStatement("$T $N", TypeName.get(element.getReturnType()), locals.stage());
    builder.beginControlFlow("try");
    builder.addStatement(
        "$N = $L", locals.stage(), call(field(Names.DELEGATE, call.params()), element));
    builder.nextControlFlow("catch ($T $N)", Throwable.class, locals.error());
    builder.addStatement("$N.accept(null, $N)", locals.ended(), locals.error());
    builder.addStatement("throw $N", locals.error());
    builder.endControlFlow();
    builder.addStatement("return $T.recorded($N, $N)", Api.STAGES, locals.stage(), locals.ended());
  }

  /** Records each metric of a call that ended, through its own handle. */
  private static void recordings(MethodSpec.Builder builder, Call call) {
    Locals locals = call.locals();
    List<MetricModel> metrics = call.method().metrics();
    if (metrics.stream().anyMatch(metric -> metric.kind().isTimed())) {
      builder.addStatement(
          "long $N = $T.nanoTime() - $N", locals.elapsed(), System.class, locals.start());
    }
    for (MetricModel metric : metrics) {
      String handle = call.handle(metric);
      switch (metric.kind()) {
        case COUNTER -> builder.addStatement("$L.inc($L)", handle, call.argument());
        case HISTOGRAM, SUMMARY -> builder.addStatement(
            "$L.observe($N$L)", handle, locals.elapsed(),
            call.direct() ? CodeBlock.of(", $N", locals.call()) : CodeBlock.of(""));
        case GAUGE -> builder.addStatement(
            "$L.exit($N)", handle, locals.entered().get(metric));
        case INFO -> throw new IllegalStateException("info metrics sit on classes: " + metric);
      }
    }
  }

  /** Whether a metric has a label taken from how the call ended. */
  private static boolean readsOutcome(MetricModel metric) {
    return metric.labels().stream()
        .map(label -> label.source().kind())
        .anyMatch(kind -> kind == LabelSourceKind.STATUS
            || kind == LabelSourceKind.EXCEPTION
            || kind == LabelSourceKind.RESOLVER);
  }

  /**
   * {@code "type", String.valueOf(type)} for each path parameter a label reads, taken from the
   * argument bound to it; empty when no label reads one.
   */
  private static CodeBlock pathParams(MethodModel method) {
    Set<String> labelled = new LinkedHashSet<>();
    for (MetricModel metric : method.metrics()) {
      for (LabelModel label : metric.labels()) {
        if (label.source().kind() == LabelSourceKind.PATH_PARAM) {
          labelled.add(label.source().argument());
        }
      }
    }
    if (method.route().isEmpty() || labelled.isEmpty()) {
      return CodeBlock.of("");
    }
    Set<String> templateParams =
        RouteTemplate.parse(method.route().get().template()).paramSet();
    // The first argument bound to each labelled path parameter; two may bind the same one.
    Map<String, String> arguments = new LinkedHashMap<>();
    for (ParamModel param : method.params()) {
      if (param.binding(templateParams) instanceof Binding.Path path
          && labelled.contains(path.name())) {
        arguments.putIfAbsent(path.name(), param.name());
      }
    }
    return arguments.entrySet().stream()
        .map(a -> CodeBlock.of("$S, $T.valueOf($N)", a.getKey(), String.class, a.getValue()))
        .collect(CodeBlock.joining(",$W"));
  }

  /** The status a direct call that returned something other than a response is recorded with. */
  private static CodeBlock successStatus(MethodModel method) {
    return CodeBlock.of(
        method.route().isPresent() && method.returnKind() == ReturnKind.VOID ? "204" : "200");
  }

  /** An interface method the decorator only forwards to the handler. */
  private MethodSpec forwarding(HandlerModel handler, ExecutableElement method) {
    MethodSpec.Builder builder =
        MethodSpec.overriding(method, (DeclaredType) handler.element().asType(), context.types());
    CodeBlock call = call(field(Names.DELEGATE, parameterNames(method)), method);
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      builder.addStatement("$L", call);
    } else {
      builder.addStatement("return $L", call);
    }
    return builder.build();
  }

  private static MethodSpec routes(HandlerModel handler, DecoratorNames names) {
    ClassName handlerType = ClassName.get(handler.element());
    CodeBlock routes =
        handler.routeMethods().stream()
            .map(method -> route(method, names))
            .collect(CodeBlock.joining(",\n"));
    CodeBlock list =
        routes.isEmpty()
            ? CodeBlock.of("$T.of()", List.class)
            : CodeBlock.of("$T.of(\n$L)", List.class, routes);
    return MethodSpec.methodBuilder(names.routesMethod())
        .addJavadoc("The routes of {@link $T}, in declaration order.\n", handlerType)
        .addModifiers(PUBLIC)
        .returns(Api.ROUTE_TABLE)
        .addStatement("return new $T($T.class, this, $L)", Api.ROUTE_TABLE, handlerType, list)
        .build();
  }

  /**
   * One {@code Route.of(...)}. Its handler calls the delegate directly and the route carries the
   * method's metrics: the server times each request once and records the default HTTP metrics and
   * these from the same duration.
   */
  private static CodeBlock route(MethodModel method, DecoratorNames names) {
    RouteModel route = method.route().orElseThrow();
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("$T.$L($S, $S, $S, this::$N)", Api.ROUTE, method.answersLater() ? "async" : "of",
                route.httpMethod(), route.template(), Names.endpoint(method),
                names.serveMethods().get(method));
    if (!method.metrics().isEmpty()) {
      CodeBlock constants =
          method.metrics().stream()
              .map(m -> CodeBlock.of("$N", names.constants().get(m)))
              .collect(CodeBlock.joining(",$W"));
      code.add("\n$>$>.recording($L)$<$<", constants);
    }
    if (method.doNotTrack().isPresent()) {
      code.add("\n$>$>.doNotTrack()$<$<");
    }
    if (method.excludeAll().isPresent()) {
      code.add("\n$>$>.excludeAllMetrics()$<$<");
    }
    return code.build();
  }

  /** The method that serves one route: binds the parameters, calls the delegate, answers. */
  private static MethodSpec serve(MethodModel method, DecoratorNames names) {
    RouteModel route = method.route().orElseThrow();
    Set<String> templateParams = RouteTemplate.parse(route.template()).paramSet();
    CodeBlock args =
        method.params().stream()
            .map(p -> argument(p.binding(templateParams), names))
            .collect(CodeBlock.joining(",$W"));
    CodeBlock call = CodeBlock.of("$N.$N($L)", Names.DELEGATE, method.name(), args);
    MethodSpec.Builder serve =
        MethodSpec.methodBuilder(names.serveMethods().get(method))
            .addModifiers(PRIVATE)
            .returns(
                method.answersLater()
                    ? ParameterizedTypeName.get(ClassName.get(CompletionStage.class), Api.RESPONSE)
                    : Api.RESPONSE)
            .addParameter(Api.REQUEST, Names.ROUTE_REQUEST)
            .addException(Exception.class);
    if (method.answersLater()) {
      return serve.addStatement("return $L", answerLater(method, call)).build();
    }
    switch (method.returnKind()) {
      case STRING -> serve.addStatement("return $T.text($L)", Api.OUTCOMES, call);
      case BYTES -> serve.addStatement("return $T.bytes($L)", Api.OUTCOMES, call);
      case RESPONSE -> serve.addStatement("return $T.response($L)", Api.OUTCOMES, call);
      case VOID -> {
        serve.addStatement("$L", call);
        serve.addStatement("return $T.noContent()", Api.OUTCOMES);
      }
      case OTHER -> throw new IllegalStateException(
          "a route returning anything else is reported, not written: " + method.name());
    }
    return serve.build();
  }

  /** {@code Outcomes.later(delegate.fetch(...), Outcomes::text)}, and so on for each result. */
  private static CodeBlock answerLater(MethodModel method, CodeBlock call) {
    return switch (method.returnKind()) {
      case STRING -> CodeBlock.of("$T.later($L,$W$T::text)", Api.OUTCOMES, call, Api.OUTCOMES);
      case BYTES -> CodeBlock.of("$T.later($L,$W$T::bytes)", Api.OUTCOMES, call, Api.OUTCOMES);
      case RESPONSE ->
          CodeBlock.of("$T.later($L,$W$T::response)", Api.OUTCOMES, call, Api.OUTCOMES);
      case VOID -> CodeBlock.of("$T.noContentLater($L)", Api.OUTCOMES, call);
      case OTHER -> throw new IllegalStateException(
          "a route returning anything else is reported, not written: " + method.name());
    };
  }

  /** The expression a route handler passes for one parameter. */
  private static CodeBlock argument(Binding binding, DecoratorNames names) {
    if (binding instanceof Binding.Path path) {
      return CodeBlock.of("$T.path($N, $S, $L)", Api.PARAMS, Names.ROUTE_REQUEST, path.name(),
          converter(path.type(), names));
    }
    if (binding instanceof Binding.Query query) {
      ValueType type = query.type();
      String bind =
          type.optional() ? "optionalQuery" : type.primitive() ? "requiredQuery" : "query";
      return CodeBlock.of("$T.$L($N, $S, $L)", Api.PARAMS, bind, Names.ROUTE_REQUEST,
          query.name(), converter(type, names));
    }
    return CodeBlock.of("$N", Names.ROUTE_REQUEST);
  }

  private static CodeBlock converter(ValueType type, DecoratorNames names) {
    return type.conversion() == ValueType.Conversion.ENUM
        ? CodeBlock.of("$N", names.converters().get(type.enumType()))
        : CodeBlock.of("$T.$L", Api.CONVERTER, type.conversion().name());
  }

  /** The handler method's signature: access, type parameters, parameters, return, throws. */
  private static MethodSpec.Builder copySignature(ExecutableElement method) {
    MethodSpec.Builder builder = MethodSpec.methodBuilder(method.getSimpleName().toString());
    for (Modifier access : List.of(Modifier.PUBLIC, Modifier.PROTECTED)) {
      if (method.getModifiers().contains(access)) {
        builder.addModifiers(access);
      }
    }
    method.getTypeParameters().forEach(t -> builder.addTypeVariable(TypeVariableName.get(t)));
    for (VariableElement param : method.getParameters()) {
      builder.addParameter(
          ParameterSpec.builder(TypeName.get(param.asType()), param.getSimpleName().toString())
              .build());
    }
    builder.varargs(method.isVarArgs());
    builder.returns(TypeName.get(method.getReturnType()));
    method.getThrownTypes().forEach(t -> builder.addException(TypeName.get(t)));
    return builder;
  }

  /**
   * {@code delegate.name(args)}, passing the method's own type parameters explicitly so that a
   * generic method is called with exactly the types the decorator was called with.
   */
  private static CodeBlock call(String delegate, ExecutableElement method) {
    String args =
        method.getParameters().stream()
            .map(p -> p.getSimpleName().toString())
            .collect(Collectors.joining(", "));
    if (method.getTypeParameters().isEmpty()) {
      return CodeBlock.of("$L.$N($L)", delegate, method.getSimpleName().toString(), args);
    }
    String typeArgs =
        method.getTypeParameters().stream()
            .map(t -> t.getSimpleName().toString())
            .collect(Collectors.joining(", "));
    return CodeBlock.of(
        "$L.<$L>$N($L)", delegate, typeArgs, method.getSimpleName().toString(), args);
  }

  /** A field of the decorator, qualified with {@code this.} where a parameter hides it. */
  private static String field(String name, Set<String> parameterNames) {
    return parameterNames.contains(name) ? "this." + name : name;
  }

  private static Set<String> parameterNames(ExecutableElement method) {
    return method.getParameters().stream()
        .map(p -> p.getSimpleName().toString())
        .collect(Collectors.toSet());
  }
}
