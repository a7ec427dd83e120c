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
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.MethodModel;
import io.promwire.processor.model.MetricModel;
import io.promwire.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.VariableElement;

/**
 * Writes what a Jakarta REST resource class gets: {@code ItemResource_ResourceMetrics}, listing
 * each resource method by Java name and parameter types with its HTTP method, template and
 * metrics. No decorator: the container makes the resource's instances and calls its methods, and
 * promwire-jaxrs records around those calls.
 */
final class ResourceWriter {
  /** The method that hands the resource's metrics to the app, as a decorator's route table. */
  static final String ROUTES = "routes";

  private static final String RESOURCE_METHODS = "resourceMethods";

  private final Context context;

  ResourceWriter(Context context) {
    this.context = context;
  }

  JavaFile write(HandlerModel resource) {
    ClassName type = Names.resourceMetrics(resource.element());
    ClassName resourceType = ClassName.get(resource.element());
    Map<MetricModel, String> constants = Names.decorator(resource).constants();
    TypeSpec.Builder spec =
        GeneratedFiles.generatedClass(type)
            .addOriginatingElement(resource.element())
            .addSuperinterface(Api.RESOURCE_METRICS)
            .addJavadoc(
                "The resource methods of {@link $T}, with the template and metrics of each.\n",
                resourceType);
    constants.forEach(
        (metric, constant) ->
            spec.addField(
                FieldSpec.builder(Api.METRIC_DEFINITION, constant, STATIC, FINAL)
                    .initializer(DecoratorWriter.definition(metric))
                    .build()));
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), Api.RESOLVED_RESOURCE_METHOD);
    spec.addField(list, RESOURCE_METHODS, PRIVATE, FINAL);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(PUBLIC)
            .addParameter(Api.INSTRUMENTS, Names.INSTRUMENTS);
    resource.infos()
        .forEach(info -> constructor.addStatement(
            "$N.info($N)", Names.INSTRUMENTS, constants.get(info)));
    List<CodeBlock> methods = new ArrayList<>();
    for (MethodModel method : resource.methods()) {
      if (method.route().isPresent()) {
        methods.add(resourceMethod(method, constants));
      }
    }
    constructor.addStatement(
        "this.$N = $L", RESOURCE_METHODS,
        methods.isEmpty()
            ? CodeBlock.of("$T.of()", List.class)
            : CodeBlock.of("$T.of(\n$L)", List.class, CodeBlock.join(methods, ",\n")));
    spec.addMethod(constructor.build());
    TypeName anyClass =
        ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    spec.addMethod(
        MethodSpec.methodBuilder("resourceClass")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(anyClass)
            .addStatement("return $T.class", resourceType)
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder(RESOURCE_METHODS)
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(list)
            .addStatement("return $N", RESOURCE_METHODS)
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder(ROUTES)
            .addJavadoc(
                "This, for the app to keep: a resource has no routes of promwire's own to serve.\n")
            .addModifiers(PUBLIC)
            .returns(Api.ROUTE_TABLE)
            .addStatement(
                "return new $T($T.class, this, $T.of())", Api.ROUTE_TABLE, resourceType, List.class)
            .build());
    return GeneratedFiles.javaFile(type, spec.build());
  }

  /** {@code ResourceMethod.of(...)...resolve(instruments)} for one resource method. */
  private CodeBlock resourceMethod(MethodModel method, Map<MetricModel, String> constants) {
    RouteModel route = method.route().orElseThrow();
    List<CodeBlock> args = new ArrayList<>();
    args.add(CodeBlock.of("$S", route.httpMethod()));
    args.add(CodeBlock.of("$S", route.template()));
    args.add(CodeBlock.of("$S", Names.endpoint(method)));
    args.add(CodeBlock.of("$S", method.name()));
    for (VariableElement param : method.element().getParameters()) {
      args.add(CodeBlock.of("$T.class", TypeName.get(context.types().erasure(param.asType()))));
    }
    CodeBlock.Builder code =
        CodeBlock.builder()
            .add("$T.of($L)", Api.RESOURCE_METHOD, CodeBlock.join(args, ",$W"));
    // As routes: an @ExcludeAllMetrics method still registers its metrics, and records none.
    if (!method.metrics().isEmpty()) {
      CodeBlock recorded =
          method.metrics().stream()
              .map(m -> CodeBlock.of("$N", constants.get(m)))
              .collect(CodeBlock.joining(",$W"));
      code.add("\n$>$>.recording($L)$<$<", recorded);
    }
    if (method.doNotTrack().isPresent()) {
      code.add("\n$>$>.doNotTrack()$<$<");
    }
    if (method.excludeAll().isPresent()) {
      code.add("\n$>$>.excludeAllMetrics()$<$<");
    }
    return code.add("\n$>$>.resolve($N)$<$<", Names.INSTRUMENTS).build();
  }
}
