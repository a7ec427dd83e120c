package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What is generated for a Jakarta REST resource, compared as text: the resource methods with their
 * joined templates (regular expressions left out) and metrics, and the bootstrap that wires them.
 * {@code -Dpromwire.updateGoldens} rewrites the files, as for {@link GoldenTest}.
 */
class ResourceGoldenTest {
  private static Compilation compile() {
    return Compiles.compile(JavaFileObjects.forResource("jaxrs/com/example/rest/ItemResource.java"));
  }

  @Test
  void resourceMetricsMatchGolden() throws IOException {
    matchesGolden("com.example.rest.ItemResource_ResourceMetrics", "golden/ItemResource_ResourceMetrics.java");
  }

  @Test
  void bootstrapOfResourcesMatchesGolden() throws IOException {
    matchesGolden("com.example.rest.PromwireBootstrap", "golden/ResourceBootstrap.java");
  }

  @Test
  void aNestedSubResourceClassGetsItsOwnTemplatesFromItsOwnPathsOnly() throws IOException {
    String nested = source(compile(), "com.example.rest.ItemResource_DetailsResource_ResourceMetrics");
    assertThat(nested).contains("ResourceMethod.of(\"GET\", \"/\", \"ItemResource.DetailsResource.get\", \"get\")");
  }

  @Test
  void anExcludeAllMetricsResourceMethodRegistersItsMetricsAndRecordsNone() throws IOException {
    Compilation compilation =
        Compiles.compile(
            Compiles.source(
                "Quiet",
                "import jakarta.ws.rs.GET;",
                "import jakarta.ws.rs.Path;",
                "@Path(\"/quiet\") public class Quiet {",
                "  @GET @ExcludeAllMetrics @Counted(name = \"quiet_calls\", help = \"h\")",
                "  public String get() { return \"\"; }",
                "}"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[promwire.neverRecorded] @Counted on Quiet.get()");
    assertThat(source(compilation, "test.Quiet_ResourceMetrics"))
        .contains(
            "ResourceMethod.of(\"GET\", \"/quiet\", \"Quiet.get\", \"get\")\n"
                + "            .recording(QUIET_CALLS)\n"
                + "            .excludeAllMetrics()");
  }

  private static void matchesGolden(String generatedClass, String golden) throws IOException {
    Compilation compilation = compile();
    assertThat(compilation).succeededWithoutWarnings();
    GoldenTest.matchesGolden(compilation, generatedClass, golden);
  }

  private static String source(Compilation compilation, String generatedClass) throws IOException {
    return GoldenTest.source(compilation, generatedClass);
  }
}
