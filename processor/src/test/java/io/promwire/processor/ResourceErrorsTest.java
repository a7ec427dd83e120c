package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.promwire.processor.Compiles.assertError;
import static io.promwire.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Compile errors of Jakarta REST resources: each with its message, on its line. */
class ResourceErrorsTest {
  private static JavaFileObject resource(String... members) {
    String[] body = new String[members.length + 6];
    // Single-type imports win over promwire's own PathParam, imported on demand.
    body[0] = "import jakarta.ws.rs.GET;";
    body[1] = "import jakarta.ws.rs.POST;";
    body[2] = "import jakarta.ws.rs.Path;";
    body[3] = "import jakarta.ws.rs.PathParam;";
    body[4] = "@Path(\"/items\") public class Items {";
    System.arraycopy(members, 0, body, 5, members.length);
    body[members.length + 5] = "}";
    return source("Items", body);
  }

  @Test
  void aPathParamLabelTheJoinedTemplateLacks() {
    assertError(
        resource(
            "@GET @Path(\"{type}\")",
            "@Counted(name = \"c\", help = \"h\", labels = @Label(name = \"t\", pathParam = \"kind\"))",
            "public String byType(@PathParam(\"type\") String type) { return type; }"),
        "[promwire.labelPathParam] label 't' reads path parameter 'kind', which route template"
            + " '/items/{type}' does not have: use one of {type}",
        "pathParam = \"kind\"");
  }

  @Test
  void aRegularExpressionIsNotPartOfTheParameterName() {
    Compilation compilation =
        Compiles.compile(
            resource(
                "@GET @Path(\"{id: \\\\d{1,3}}\")",
                "@Counted(name = \"c\", help = \"h\", labels = @Label(name = \"i\", pathParam = \"id\"))",
                "public String byId(@PathParam(\"id\") String id) { return id; }"));
    assertThat(compilation).succeeded();
  }

  @Test
  void aPromwireRouteAnnotationOnAResourceMethod() {
    assertError(
        resource("@GET @Get(\"/x\") public String both() { return \"\"; }"),
        "[promwire.resourceAndRoute] @Get on Items.both(), which is in Jakarta REST resource"
            + " test.Items: a class is either a promwire route class or a Jakarta REST resource",
        "@Get(\"/x\")");
  }

  @Test
  void aPromwireRouteInAResourceClass() {
    assertError(
        resource(
            "@GET public String list() { return \"\"; }",
            "@Post(\"/items\") public String add() { return \"\"; }"),
        "[promwire.resourceAndRoute] @Post on Items.add()",
        "@Post(\"/items\")");
  }

  @Test
  void aRoutePrefixOnAResourceClass() {
    JavaFileObject file =
        source(
            "Items",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@RoutePrefix(\"/api\")",
            "@Path(\"/items\") public class Items {",
            "  @GET public String list() { return \"\"; }",
            "}");
    assertError(file, "use Jakarta REST's own annotation (@Path on the class)", "@RoutePrefix");
  }

  @Test
  void promwiresPathParamOnAResourceParameter() {
    assertError(
        resource(
            "@GET @Path(\"{id}\")",
            "public String byId(@io.promwire.annotations.PathParam(\"id\") String id) { return id; }"),
        "(@jakarta.ws.rs.PathParam)",
        "public String byId");
  }

  @Test
  void aMetricOnAMethodJakartaRestNeverCalls() {
    assertError(
        resource(
            "@GET public String list() { return helper(); }",
            "@Counted(name = \"helper_calls\", help = \"h\")",
            "public String helper() { return \"\"; }"),
        "[promwire.notAResourceMethod] @Counted on Items.helper(), which is not a resource"
            + " method",
        "@Counted(name = \"helper_calls\"");
  }

  @Test
  void aMetricOnASubResourceLocator() {
    assertError(
        resource(
            "@Path(\"{id}/notes\")",
            "@Counted(name = \"located\", help = \"h\")",
            "public Object notes() { return new Object(); }"),
        "[promwire.subResourceLocator] @Counted on sub-resource locator Items.notes()",
        "@Counted(name = \"located\"");
  }

  @Test
  void twoMethodDesignators() {
    assertError(
        resource("@GET @POST public String both() { return \"\"; }"),
        "[promwire.twoRoutes] method Items.both() has both @GET and @POST",
        "@GET @POST");
  }

  @Test
  void aMetricOnANonPublicResourceMethod() {
    assertError(
        resource(
            "@GET @Counted(name = \"c\", help = \"h\")",
            "String hidden() { return \"\"; }"),
        "[promwire.unreachable] resource method Items.hidden() is not a public instance method",
        "String hidden()");
  }

  @Test
  void aStatusLabelOnAGaugeOfAResourceMethod() {
    assertError(
        resource(
            "@GET @Gauge(name = \"g\", help = \"h\", labels = @Label(name = \"s\", from = LabelSource.STATUS))",
            "public String list() { return \"\"; }"),
        "[promwire.gaugeLabel]",
        "from = LabelSource.STATUS");
  }

  @Test
  void aMetricConflictBetweenAPromwireRouteAndAResource() {
    JavaFileObject routes =
        source(
            "Routes",
            "public class Routes {",
            "  @Get(\"/r\") @Counted(name = \"shared\", help = \"one help\") public String r() { return \"\"; }",
            "}");
    assertError(
        resource(
            "@GET @Counted(name = \"shared\", help = \"another help\")",
            "public String list() { return \"\"; }"),
        "[promwire.metricConflict] metric 'shared' is declared differently at Routes.r()",
        "@GET @Counted(name = \"shared\"",
        routes);
  }

  @Test
  void aPromwireRouteClassAndAResourceMayShareACompilation() {
    JavaFileObject routes =
        source(
            "Routes",
            "public class Routes {",
            "  @Get(\"/items\") @Counted(name = \"shared\", help = \"h\") public String r() { return \"\"; }",
            "}");
    Compilation compilation =
        Compiles.compile(
            routes,
            resource(
                "@GET @Counted(name = \"shared\", help = \"h\")",
                "public String list() { return \"\"; }"));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("test.Items_ResourceMetrics");
    assertThat(compilation).generatedSourceFile("test.Routes_Metrics");
  }

  @Test
  void aJakartaRestInterfaceIsLeftToTheClassesImplementingIt() {
    JavaFileObject api =
        source(
            "ItemsApi",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/items\") public interface ItemsApi {",
            "  @GET String list();",
            "}");
    assertThat(Compiles.compile(api)).succeededWithoutWarnings();
  }
}
