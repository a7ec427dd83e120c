package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.promwire.processor.Compiles.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor keeps going after an error and reports every one, each at its own place. */
class MultiErrorTest {
  @Test
  void reportsEveryErrorOfACompilation() {
    JavaFileObject handler =
        source("Handler",
            "public class Handler {",
            "  @Get(\"items\")",
            "  @Counted(name = \"bad-name\",",
            "      help = \"\")",
            "  public String a() { return \"\"; }",
            "",
            "  @Histogram(name = \"latency\", help = \"h\",",
            "      labels = @Label(name = \"le\", value = \"x\"))",
            "  @DoNotTrack",
            "  private void b() {}",
            "}");
    JavaFileObject other =
        source("Other",
            "public class Other {",
            "  @Post(\"/things/{id}\")",
            "  @Gauge(name = \"latency\", help = \"h\")",
            "  public void c(int id, String unbound) {}",
            "}");
    Compilation compilation = Compiles.compile(handler, other);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[promwire.template] route template 'items' must start with '/'")
        .inFile(handler)
        .onLineContaining("@Get(\"items\")");
    assertThat(compilation)
        .hadErrorContaining("[promwire.metricName] metric name 'bad-name'")
        .inFile(handler)
        .onLineContaining("bad-name");
    assertThat(compilation)
        .hadErrorContaining("[promwire.help] help of metric 'bad-name' is empty")
        .inFile(handler)
        .onLineContaining("help = \"\"");
    assertThat(compilation)
        .hadErrorContaining("[promwire.unboundParam] parameter 'unbound' of route POST /things/{id}")
        .inFile(other)
        .onLineContaining("String unbound");
    assertThat(compilation)
        .hadErrorContaining("[promwire.reservedLabel] label name 'le' is reserved on a histogram")
        .inFile(handler)
        .onLineContaining("name = \"le\"");
    assertThat(compilation)
        .hadErrorContaining("[promwire.notARoute] @DoNotTrack on Handler.b()")
        .inFile(handler)
        .onLineContaining("@DoNotTrack");
    assertThat(compilation)
        .hadErrorContaining("[promwire.unreachable] method Handler.b() is private")
        .inFile(handler)
        .onLineContaining("private void b()");
    assertThat(compilation)
        .hadErrorContaining("[promwire.metricConflict] metric 'latency' is declared differently at"
            + " Other.c(int, String) (a gauge there, a histogram here)")
        .inFile(handler)
        .onLineContaining("name = \"latency\"");
    assertThat(compilation)
        .hadErrorContaining("[promwire.metricConflict] metric 'latency' is declared differently at"
            + " Handler.b() (a histogram there, a gauge here)")
        .inFile(other)
        .onLineContaining("name = \"latency\"");
    assertThat(compilation).hadErrorCount(9);
  }
}
