package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static io.promwire.processor.Compiles.assertError;
import static io.promwire.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Route templates, parameters, return types, and what generated code can reach. */
class RouteErrorsTest {
  private static JavaFileObject handler(String... members) {
    String[] body = new String[members.length + 2];
    body[0] = "public class Handler {";
    System.arraycopy(members, 0, body, 1, members.length);
    body[members.length + 1] = "}";
    return source("Handler", body);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "items              | must start with '/'",
        "''                 | must start with '/'",
        "/items/{}          | has an empty parameter name {}",
        "/a/{id}/b/{id}     | names parameter {id} twice",
        "/items/{id         | has unbalanced braces",
        "/items/id}         | has unbalanced braces",
        "/items/{{id}}      | has unbalanced braces",
        "/items/item{id}    | has a parameter that does not span a whole segment, 'item{id}'",
        "/items/{id}.json   | has a parameter that does not span a whole segment, '{id}.json'"
      })
  void malformedTemplates(String template, String problem) {
    assertError(
        handler(
            "  @Get(\"" + template + "\")",
            "  public String get() { return \"\"; }"),
        "[promwire.template] route template '" + template + "' " + problem,
        "@Get(");
  }

  @Test
  void aMalformedTemplateIsReportedOnceNotAgainAsUnboundParameters() {
    JavaFileObject file =
        handler(
            "  @Get(\"/products/{id\")",
            "  @Counted(name = \"c\", help = \"h\", labels = @Label(name = \"id\", pathParam = \"id\"))",
            "  public String get(String id, @PathParam(\"id\") String again) { return id; }");
    Compilation compilation = Compiles.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[promwire.template] route template '/products/{id' has unbalanced")
        .inFile(file)
        .onLineContaining("@Get(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aMalformedPrefixIsReportedOnceNotAgainForTheRoutesParameters() {
    Compilation compilation =
        Compiles.compile(
            source("Handler",
                "@RoutePrefix(\"/shops/{shop\")",
                "public class Handler {",
                "  @Get(\"/items/{id}\")",
                "  public String get(String shop, String id) { return id; }",
                "}"));
    assertThat(compilation).hadErrorContaining("[promwire.template] route template '/shops/{shop'");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void malformedPrefixIsReportedOnThePrefix() {
    assertError(
        source("Handler",
            "@RoutePrefix(\"api\")",
            "public class Handler {",
            "  @Get(\"/a\")",
            "  public String get() { return \"\"; }",
            "}"),
        "[promwire.template] route template 'api' must start with '/'",
        "@RoutePrefix");
  }

  @Test
  void parameterNamedInPrefixAndRouteIsReportedOnTheRoute() {
    assertError(
        source("Handler",
            "@RoutePrefix(\"/tenants/{id}\")",
            "public class Handler {",
            "  @Get(\"/items/{id}\")",
            "  public String get(String id) { return id; }",
            "}"),
        "[promwire.template] route template '/tenants/{id}/items/{id}' names parameter {id} twice",
        "@Get(");
  }

  @Test
  void sameMethodAndTemplateTwiceIsReportedAtBoth() {
    JavaFileObject file =
        handler(
            "  @Get(\"/items/{id}\")",
            "  public String first(String id) { return id; }",
            "  @Get(\"/items/{type}\")",
            "  public String second(String type) { return type; }");
    Compilation compilation =
        assertError(
            file,
            "[promwire.duplicateRoute] GET /items/{id} is also served by Handler.second(String)",
            "/items/{id}");
    assertThat(compilation)
        .hadErrorContaining(
            "[promwire.duplicateRoute] GET /items/{type} is also served by Handler.first(String)")
        .inFile(file)
        .onLineContaining("/items/{type}");
  }

  @Test
  void unboundParameter() {
    assertError(
        handler(
            "  @Get(\"/items/{id}\")",
            "  public String get(String id, String other) { return id; }"),
        "[promwire.unboundParam] parameter 'other' of route GET /items/{id} is not bound",
        "String other");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "float f                                     | f | float | a path parameter",
        "char f                                      | f | char | a path parameter",
        "Object f                                    | f | Object | a path parameter",
        "@QueryParam(\"q\") java.util.List<String> f | f | List<String> | a query parameter",
        "@QueryParam(\"q\") java.util.Optional<Float> f | f | Optional<Float> | a query parameter"
      })
  void unsupportedParameterType(String param, String name, String type, String what) {
    assertError(
        handler(
            "  @Get(\"/items/{f}\")",
            "  public String get(" + param + ") { return \"\"; }"),
        "[promwire.paramType] parameter '" + name + "' has type " + type + ", which promwire"
            + " cannot convert from " + what,
        "public String get(");
  }

  @Test
  void pathParameterCannotBeOptional() {
    assertError(
        handler(
            "  @Get(\"/items/{id}\")",
            "  public String get(java.util.Optional<String> id) { return \"\"; }"),
        "[promwire.paramBinding] parameter 'id' is Optional, but a path parameter is always present",
        "public String get(");
  }

  @Test
  void parameterCannotBeBothPathAndQuery() {
    assertError(
        handler(
            "  @Get(\"/items/{id}\")",
            "  public String get(@PathParam(\"id\") @QueryParam(\"id\") String id) { return id; }"),
        "[promwire.paramBinding] parameter 'id' is annotated both @PathParam and @QueryParam",
        "public String get(");
  }

  @Test
  void pathParamMustNameATemplateParameter() {
    assertError(
        handler(
            "  @Get(\"/items/{id}\")",
            "  public String get(",
            "      @PathParam(\"type\") String kind) { return kind; }"),
        "[promwire.paramBinding] parameter 'kind' is bound by @PathParam(\"type\") to a parameter"
            + " route template '/items/{id}' does not have: use one of {id}",
        "@PathParam(\"type\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"int", "Object", "java.util.List<String>", "Byte[]"})
  void unsupportedReturnType(String type) {
    assertError(
        handler(
            "  @Get(\"/a\")",
            "  public " + type + " get() { return null; }"),
        "[promwire.returnType] route method Handler.get() returns ",
        "get()");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CompletionStage<Integer>",
        "CompletableFuture<?>",
        "CompletableFuture<? extends String>",
        "CompletionStage",
        "CompletableFuture<Object>",
        "CompletionStage<CompletionStage<String>>"
      })
  void stageOfAnUnsupportedTypeIsReportedOnTheReturnType(String type) {
    String line = "  public " + type + " get() { return null; }";
    JavaFileObject handler =
        source(
            "Handler",
            "import java.util.concurrent.*;",
            "public class Handler {",
            "  @Get(\"/a\")",
            line,
            "}");
    Compilation compilation = assertError(
        handler, "[promwire.returnType] route method Handler.get() returns ", "get()");
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    // On the return type, not on the method's name.
    int typeStart = line.indexOf(type) + 1;
    assertThat(error.getColumnNumber())
        .isBetween((long) typeStart, (long) typeStart + type.length());
    assertThat(error.getMessage(Locale.ROOT))
        .contains("or a CompletionStage or CompletableFuture of String, byte[], Response or Void");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CompletionStage<String>",
        "CompletableFuture<String>",
        "CompletionStage<byte[]>",
        "CompletableFuture<Response>",
        "CompletionStage<Void>"
      })
  void stagesOfSupportedTypesAreRoutes(String type) {
    assertThat(
            Compiles.compile(
                source(
                    "Handler",
                    "import java.util.concurrent.*;",
                    "public class Handler {",
                    "  @Get(\"/a\")",
                    "  public " + type + " get() { return null; }",
                    "}")))
        .succeeded();
  }

  @Test
  void routeMethodMustNotThrowThrowable() {
    assertError(
        handler(
            "  @Get(\"/a\")",
            "  public String get() throws Throwable { return \"\"; }"),
        "[promwire.throwsThrowable] route method Handler.get() declares throws java.lang.Throwable",
        "throws Throwable");
  }

  @Test
  void routeMethodMayThrowExceptionsAndErrors() {
    Compilation compilation =
        Compiles.compile(
            handler(
                "  @Get(\"/a\")",
                "  public String get() throws java.io.IOException, StackOverflowError {",
                "    return \"\";",
                "  }"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void privateMethodIsUnreachable() {
    assertError(
        handler(
            "  @Get(\"/a\")",
            "  private String get() { return \"\"; }"),
        "[promwire.unreachable] method Handler.get() is private: generated code cannot reach it",
        "private String get()");
  }

  @Test
  void aPrivateTypeInARouteSignatureIsUnreachable() {
    assertError(
        handler(
            "  private enum Sort { NAME, PRICE }",
            "  @Get(\"/items\")",
            "  public String list(@QueryParam(\"sort\") Sort sort) { return \"\"; }"),
        "[promwire.unreachable] type test.Handler.Sort in the signature of Handler.list(",
        "public String list(");
  }

  @Test
  void aPrivateTypeInAnInstrumentedSignatureIsUnreachable() {
    assertError(
        handler(
            "  private static final class Secret {}",
            "  @Counted(name = \"secrets\", help = \"h\")",
            "  public java.util.List<Secret> secrets() { return java.util.List.of(); }"),
        "[promwire.unreachable] type test.Handler.Secret in the signature of Handler.secrets()"
            + " is not visible in package test",
        "public java.util.List<Secret> secrets()");
  }

  @Test
  void privateClassIsUnreachable() {
    assertError(
        handler(
            "  private static class Inner {",
            "    @Get(\"/a\")",
            "    public String get() { return \"\"; }",
            "  }"),
        "[promwire.unreachable] class test.Handler.Inner is private: generated code cannot reach it",
        "private static class Inner");
  }

  @Test
  void classInsidePrivateClassIsUnreachable() {
    assertError(
        handler(
            "  private static class Outer {",
            "    static class Inner {",
            "      @Get(\"/a\")",
            "      public String get() { return \"\"; }",
            "    }",
            "  }"),
        "[promwire.unreachable] class test.Handler.Outer.Inner is inside a private class",
        "static class Inner");
  }

  @Test
  void innerClassIsUnreachable() {
    assertError(
        handler(
            "  public class Inner {",
            "    @Get(\"/a\")",
            "    public String get() { return \"\"; }",
            "  }"),
        "[promwire.unreachable] inner class test.Handler.Inner is not static: generated code cannot"
            + " reach it; make it a static nested class",
        "public class Inner");
  }

  @Test
  void localClassIsUnreachable() {
    assertError(
        handler(
            "  @Get(\"/a\")",
            "  public String get() {",
            "    class Local {",
            "      @Counted(name = \"c\", help = \"h\") public void run() {}",
            "    }",
            "    return \"\";",
            "  }"),
        "[promwire.unreachable] @Counted on run() in local class Local: generated code cannot reach"
            + " it",
        "@Counted(name = \"c\"");
  }

  @Test
  void anonymousClassIsUnreachable() {
    assertError(
        handler(
            "  @Get(\"/a\")",
            "  public String get() {",
            "    Runnable r = new Runnable() {",
            "      @Get(\"/anonymous\") public void run() {}",
            "    };",
            "    return \"\";",
            "  }"),
        "[promwire.unreachable] @Get on run() in an anonymous class: generated code cannot reach it",
        "/anonymous");
  }

  @Test
  void oneRoutePerMethod() {
    assertError(
        handler(
            "  @Get(\"/a\")",
            "  @Post(\"/a\")",
            "  public String get() { return \"\"; }"),
        "[promwire.twoRoutes] method Handler.get() has both @Get and @Post",
        "@Post(");
  }

  @Test
  void staticMethodsAreNotDecorated() {
    assertError(
        handler(
            "  @Get(\"/a\")",
            "  public static String get() { return \"\"; }"),
        "[promwire.staticMethod] Handler.get() is static",
        "public static String get()");
  }

  @Test
  void genericHandlerClass() {
    assertError(
        source("Handler",
            "public class Handler<T> {",
            "  @Get(\"/a\")",
            "  public String get() { return \"\"; }",
            "}"),
        "[promwire.genericHandler] handler class test.Handler has type parameters",
        "public class Handler<T>");
  }

  @Test
  void interfacesAreNotHandlers() {
    assertError(
        source("Api",
            "public interface Api {",
            "  @Get(\"/a\")",
            "  String get();",
            "}"),
        "[promwire.handlerKind] test.Api is an interface, but promwire decorates classes",
        "public interface Api");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DoNotTrack", "ExcludeAllMetrics"})
  void routeOnlyAnnotationsOnAMethodThatIsNotARoute(String annotation) {
    assertError(
        handler(
            "  @Counted(name = \"c\", help = \"h\")",
            "  @" + annotation,
            "  public String helper() { return \"\"; }"),
        "[promwire.notARoute] @" + annotation + " on Handler.helper(), which is not a route",
        "@" + annotation);
  }

  @Test
  void routeOnlyAnnotationsInAClassWithoutRoutesOrMetrics() {
    assertError(
        handler(
            "  @DoNotTrack",
            "  public String helper() { return \"\"; }"),
        "[promwire.notARoute] @DoNotTrack on Handler.helper(), which is not a route",
        "@DoNotTrack");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PathParam", "QueryParam"})
  void parameterAnnotationsOnAMethodThatIsNotARoute(String annotation) {
    assertError(
        handler(
            "  @Counted(name = \"c\", help = \"h\")",
            "  public String helper(@" + annotation + "(\"id\") String id) { return id; }"),
        "[promwire.notARoute] @" + annotation + " on parameter 'id' of Handler.helper(String),"
            + " which is not a route",
        "public String helper(");
  }

  @Test
  void metricsOnAnExcludedRouteAreRegisteredButNeverRecorded() {
    JavaFileObject file =
        handler(
            "  @Get(\"/a\")",
            "  @ExcludeAllMetrics",
            "  @Counted(name = \"c\", help = \"h\")",
            "  public String get() { return \"\"; }");
    Compilation compilation = Compiles.compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[promwire.neverRecorded] @Counted on Handler.get() is registered but never recorded,"
                + " because the method is @ExcludeAllMetrics: its series stay at their initial"
                + " values")
        .inFile(file)
        .onLineContaining("@Counted");
  }
}
