package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.promwire.processor.Compiles.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.PromwireOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Direct calls of decorator methods build the request their path labels need. */
class DirectCallTest {
  @Test
  void pathParameterBoundTwiceGivesOneLabelValue() throws Exception {
    Compilation compilation =
        Compiles.compile(
            source("Handler",
                "public class Handler {",
                "  @Get(\"/items/{id}\")",
                "  @Counted(name = \"gets\", help = \"h\",",
                "      labels = @Label(name = \"id\", pathParam = \"id\"))",
                "  public String get(String id, @PathParam(\"id\") String again) { return id; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();

    PrometheusRegistry registry = call(compilation, "get", "7", "7");

    CounterSnapshot gets = (CounterSnapshot) registry.scrape().get(0);
    assertThat(gets.getDataPoints().get(0).getLabels().get("id")).isEqualTo("7");
    assertThat(gets.getDataPoints().get(0).getValue()).isEqualTo(1);
  }

  @Test
  void moreThanTenLabelledPathParametersStillCompileAndRecord() throws Exception {
    List<String> names = IntStream.rangeClosed(1, 11).mapToObj(i -> "p" + i).toList();
    String template = names.stream().map(n -> "/{" + n + "}").collect(Collectors.joining());
    String labels =
        names.stream()
            .map(n -> "@Label(name = \"" + n + "\", pathParam = \"" + n + "\")")
            .collect(Collectors.joining(", "));
    String params = names.stream().map(n -> "String " + n).collect(Collectors.joining(", "));
    Compilation compilation =
        Compiles.compile(
            source("Handler",
                "public class Handler {",
                "  @Get(\"" + template + "\")",
                "  @Counted(name = \"deep\", help = \"h\", labels = {" + labels + "})",
                "  public String get(" + params + ") { return p1; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();

    PrometheusRegistry registry = call(compilation, "get", names.toArray());

    CounterSnapshot deep = (CounterSnapshot) registry.scrape().get(0);
    assertThat(deep.getDataPoints().get(0).getLabels().get("p11")).isEqualTo("p11");
  }

  @Test
  void aNullResponseIsRecordedAsA500AsOnTheServer() throws Exception {
    Compilation compilation =
        Compiles.compile(
            source("Handler",
                "public class Handler {",
                "  @Get(\"/made/{kind}\")",
                "  @Counted(name = \"made\", help = \"h\",",
                "      labels = @Label(name = \"status\", from = LabelSource.STATUS))",
                "  public Response make(String kind) { return null; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();

    PrometheusRegistry registry = call(compilation, "make", "book");

    CounterSnapshot made = (CounterSnapshot) registry.scrape().get(0);
    assertThat(made.getDataPoints().get(0).getLabels().get("status")).isEqualTo("500");
    assertThat(made.getDataPoints().get(0).getValue()).isEqualTo(1);
  }

  /** Calls {@code method} of a fresh {@code test.Handler_Metrics} with string arguments. */
  private static PrometheusRegistry call(Compilation compilation, String method, Object... args)
      throws Exception {
    ClassLoader classes = new CompiledClasses(compilation);
    Class<?> handler = classes.loadClass("test.Handler");
    Class<?> decorator = classes.loadClass("test.Handler_Metrics");
    PrometheusRegistry registry = new PrometheusRegistry();
    Object decorated =
        decorator
            .getConstructor(handler, Instruments.class)
            .newInstance(
                handler.getConstructor().newInstance(),
                Instruments.create(registry, PromwireOptions.defaults()));
    List<Class<?>> types = new ArrayList<>();
    for (Object ignored : args) {
      types.add(String.class);
    }
    decorator.getMethod(method, types.toArray(Class<?>[]::new)).invoke(decorated, args);
    return registry;
  }
}
