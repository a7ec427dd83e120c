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
import java.util.List;
import java.util.Map;

/**
 * Writes {@code PromwireBootstrap}: the compilation's {@code PromwireModule}, which decorates one
 * instance of each handler class, and a builder with one typed slot per handler.
 */
final class BootstrapWriter {
  private BootstrapWriter() {}

  static JavaFile write(BootstrapPlan plan) {
    ClassName bootstrap = plan.bootstrap();
    ClassName builder = bootstrap.nestedClass("Builder");
    Map<String, String> slots = Names.slots(plan.handlers());
    TypeSpec.Builder type =
        GeneratedFiles.generatedClass(bootstrap)
            .addSuperinterface(Api.PROMWIRE_MODULE)
            .addJavadoc(
                "The handlers of this compilation and how to wire them: "
                    + "{@code $T.builder().build()}.\n",
                bootstrap)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PUBLIC).build())
            .addMethod(
                MethodSpec.methodBuilder("builder")
                    .addModifiers(PUBLIC, STATIC)
                    .returns(builder)
                    .addStatement("return new $T()", builder)
                    .build())
            .addMethod(handlerTypes(plan.handlers()))
            .addMethod(wire(plan, slots))
            .addType(builderType(bootstrap, builder, plan.handlers(), slots));
    plan.handlers().forEach(h -> type.addOriginatingElement(h.element()));
    return GeneratedFiles.javaFile(bootstrap, type.build());
  }

  private static MethodSpec handlerTypes(List<HandlerModel> handlers) {
    TypeName anyClass =
        ParameterizedTypeName.get(
            ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    CodeBlock types =
        handlers.stream()
            .filter(h -> !h.resource())
            .map(h -> CodeBlock.of("$T.class", ClassName.get(h.element())))
            .collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder("handlerTypes")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), anyClass))
        .addStatement("return $T.of($L)", List.class, types)
        .build();
  }

  /**
   * Decorates each handler: the instance the user gave, else a new one where the class has a
   * public no-argument constructor, else an error at start-up naming the builder method to call.
   */
  private static MethodSpec wire(BootstrapPlan plan, Map<String, String> slots) {
    MethodSpec.Builder wire =
        MethodSpec.methodBuilder("wire")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), Api.ROUTE_TABLE))
            .addParameter(Api.HANDLERS, Names.HANDLERS)
            .addParameter(Api.INSTRUMENTS, Names.INSTRUMENTS);
    for (HandlerModel handler : plan.handlers()) {
      ClassName type = ClassName.get(handler.element());
      String slot = slots.get(handler.qualifiedName());
      if (handler.resource()) {
        // The container makes the resource's instances: only its metrics are wired here.
        ClassName metrics = Names.resourceMetrics(handler.element());
        wire.addStatement("$T $N = new $T($N)", metrics, slot, metrics, Names.INSTRUMENTS);
        continue;
      }
      CodeBlock instance =
          handler.instantiable()
              ? CodeBlock.of("$N.get($T.class, $T::new)", Names.HANDLERS, type, type)
              : CodeBlock.of(
                  "$N.require($T.class, $S)", Names.HANDLERS, type,
                  plan.bootstrap().simpleName() + ".builder()." + slot + "(...)");
      ClassName decorator = Names.decorator(handler.element());
      wire.addStatement(
          "$T $N = new $T($L, $N)", decorator, slot, decorator, instance, Names.INSTRUMENTS);
    }
    CodeBlock tables =
        plan.handlers().stream()
            .map(h -> CodeBlock.of("$N.$N()", slots.get(h.qualifiedName()),
                h.resource() ? ResourceWriter.ROUTES : Names.decorator(h).routesMethod()))
            .collect(CodeBlock.joining(", "));
    return wire.addStatement("return $T.of($L)", List.class, tables).build();
  }

  private static TypeSpec builderType(
      ClassName bootstrap,
      ClassName builder,
      List<HandlerModel> handlers,
      Map<String, String> slots) {
    ClassName appBuilder = Api.PROMWIRE.nestedClass("Builder");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addJavadoc(
                "One typed slot per handler class; the registry and options are optional.\n")
            .addModifiers(PUBLIC, STATIC, FINAL)
            .addField(
                FieldSpec.builder(appBuilder, Names.APP, PRIVATE, FINAL)
                    .initializer("$T.builder().module(new $T())", Api.PROMWIRE, bootstrap)
                    .build());
    for (HandlerModel handler : handlers) {
      if (handler.resource()) {
        continue;
      }
      ClassName handlerType = ClassName.get(handler.element());
      String slot = slots.get(handler.qualifiedName());
      type.addMethod(
          setter(builder, slot, handlerType,
              CodeBlock.of("$N.handler($T.class, $N)", Names.APP, handlerType, slot)));
    }
    type.addMethod(
        setter(builder, "registry", Api.PROMETHEUS_REGISTRY,
            CodeBlock.of("$N.registry(registry)", Names.APP)));
    type.addMethod(
        setter(builder, "options", Api.PROMWIRE_OPTIONS,
            CodeBlock.of("$N.options(options)", Names.APP)));
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addModifiers(PUBLIC)
            .returns(Api.PROMWIRE)
            .addStatement("return $N.build()", Names.APP)
            .build());
    return type.build();
  }

  private static MethodSpec setter(
      ClassName builder, String name, TypeName type, CodeBlock statement) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(PUBLIC)
        .returns(builder)
        .addParameter(type, name)
        .addStatement(statement)
        .addStatement("return this")
        .build();
  }
}
