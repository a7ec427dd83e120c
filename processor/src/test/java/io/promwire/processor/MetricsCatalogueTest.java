package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.promwire.processor.Compiles.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code META-INF/promwire/metrics.json}: one per compilation, beside the bootstrap. */
class MetricsCatalogueTest {
  private static final String CATALOGUE = "META-INF/promwire/metrics.json";

  /**
   * Every kind of metric and label source, a metric shared by two methods, an info metric named
   * without {@code _info}, and one on an excluded route: registered, never recorded.
   */
  private static JavaFileObject handler() {
    return source("Shop",
        "@Info(name = \"app_info\", help = \"Application info\",",
        "    labels = @Label(name = \"version\", value = \"1.0.3\"))",
        "@Info(name = \"build\", help = \"Build\", labels = @Label(name = \"commit\", value = \"abc\"))",
        "@RoutePrefix(\"/api\")",
        "public class Shop {",
        "  public static class Client implements LabelResolver {",
        "    public String resolve(Request request, Response response, Throwable error) {",
        "      return \"any\";",
        "    }",
        "  }",
        "  public static class Tenant implements RequestLabelResolver {",
        "    public String resolve(Request request) { return \"any\"; }",
        "  }",
        "",
        "  @Get(\"/items/{type}\")",
        "  @Counted(name = \"invocation_by_type\", help = \"Number of invocations by type\",",
        "      labels = @Label(name = \"item_type\", pathParam = \"type\"))",
        "  @Histogram(name = \"item_seconds\", help = \"Item \\\"lookups\\\" in C:\\\\items\",",
        "      buckets = {0.1, 1},",
        "      labels = {@Label(name = \"status\", from = LabelSource.STATUS),",
        "                @Label(name = \"client\", resolver = Client.class)})",
        "  public String byType(String type, @QueryParam(\"q\") java.util.Optional<String> q) {",
        "    return type;",
        "  }",
        "",
        "  @Post(\"/orders\")",
        "  @Summary(name = \"order_seconds\", help = \"Order latency\", quantiles = {0.5, 0.99},",
        "      labels = @Label(name = \"tenant\", header = \"X-Tenant\"), initialValue = false)",
        "  @Counted(name = \"calls_total\", help = \"Calls\",",
        "      labels = @Label(name = \"kind\", value = \"order\"))",
        "  @Gauge(name = \"orders_in_progress\", help = \"Orders running now\",",
        "      labels = {@Label(name = \"path\", from = LabelSource.RAW_PATH),",
        "                @Label(name = \"tenant\", resolver = Tenant.class)})",
        "  public void order() {}",
        "",
        "  @Gauge(name = \"jobs_in_progress\", help = \"Jobs running now\")",
        "  @Counted(name = \"calls_total\", help = \"Calls\",",
        "      labels = @Label(name = \"kind\", value = \"job\"))",
        "  public void job() {}",
        "",
        "  @Get(\"/hidden\")",
        "  @ExcludeAllMetrics",
        "  @Counted(name = \"never_kept\", help = \"Never recorded\")",
        "  public String hidden() { return \"\"; }",
        "}");
  }

  @Test
  void listsEveryMetricWithItsLabelSourcesAndDeclarations() throws IOException {
    Compilation compilation = Compiles.compile(handler());
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1); // [promwire.neverRecorded] on hidden()

    assertThat(catalogue(compilation)).isEqualTo("""
        {
          "format": 1,
          "bootstrap": "test.PromwireBootstrap",
          "metrics": [
            {
              "name": "app_info",
              "exposedName": "app_info",
              "type": "info",
              "help": "Application info",
              "labelNames": ["version"],
              "declarations": [
                {
                  "class": "test.Shop",
                  "labels": [
                    {
                      "name": "version",
                      "source": "constant",
                      "argument": "1.0.3"
                    }
                  ],
                  "initialValue": true
                }
              ]
            },
            {
              "name": "build",
              "exposedName": "build",
              "type": "info",
              "help": "Build",
              "labelNames": ["commit"],
              "declarations": [
                {
                  "class": "test.Shop",
                  "labels": [
                    {
                      "name": "commit",
                      "source": "constant",
                      "argument": "abc"
                    }
                  ],
                  "initialValue": true
                }
              ]
            },
            {
              "name": "calls_total",
              "exposedName": "calls_total",
              "type": "counter",
              "help": "Calls",
              "labelNames": ["kind"],
              "declarations": [
                {
                  "class": "test.Shop",
                  "method": "order()",
                  "route": {
                    "method": "POST",
                    "template": "/api/orders"
                  },
                  "labels": [
                    {
                      "name": "kind",
                      "source": "constant",
                      "argument": "order"
                    }
                  ],
                  "initialValue": true
                },
                {
                  "class": "test.Shop",
                  "method": "job()",
                  "labels": [
                    {
                      "name": "kind",
                      "source": "constant",
                      "argument": "job"
                    }
                  ],
                  "initialValue": true
                }
              ]
            },
            {
              "name": "invocation_by_type",
              "exposedName": "invocation_by_type_total",
              "type": "counter",
              "help": "Number of invocations by type",
              "labelNames": ["item_type"],
              "declarations": [
                {
                  "class": "test.Shop",
                  "method": "byType(String, Optional<String>)",
                  "route": {
                    "method": "GET",
                    "template": "/api/items/{type}"
                  },
                  "labels": [
                    {
                      "name": "item_type",
                      "source": "pathParam",
                      "argument": "type"
                    }
                  ],
                  "initialValue": true
                }
              ]
            },
            {
              "name": "item_seconds",
              "exposedName": "item_seconds",
              "type": "histogram",
              "help": "Item \\"lookups\\" in C:\\\\items",
              "labelNames": ["status", "client"],
              "buckets": [0.1, 1.0],
              "declarations": [
                {
                  "class": "test.Shop",
                  "method": "byType(String, Optional<String>)",
                  "route": {
                    "method": "GET",
                    "template": "/api/items/{type}"
                  },
                  "labels": [
                    {
                      "name": "status",
                      "source": "status"
                    },
                    {
                      "name": "client",
                      "source": "resolver",
                      "argument": "test.Shop.Client"
                    }
                  ],
                  "initialValue": true
                }
              ]
            },
            {
              "name": "jobs_in_progress",
              "exposedName": "jobs_in_progress",
              "type": "gauge",
              "help": "Jobs running now",
              "labelNames": [],
              "declarations": [
                {
                  "class": "test.Shop",
                  "method": "job()",
                  "labels": [],
                  "initialValue": true
                }
              ]
            },
            {
              "name": "never_kept",
              "exposedName": "never_kept_total",
              "type": "counter",
              "help": "Never recorded",
              "labelNames": [],
              "declarations": [
                {
                  "class": "test.Shop",
                  "method": "hidden()",
                  "route": {
                    "method": "GET",
                    "template": "/api/hidden"
                  },
                  "labels": [],
                  "initialValue": true
                }
              ]
            },
            {
              "name": "order_seconds",
              "exposedName": "order_seconds",
              "type": "summary",
              "help": "Order latency",
              "labelNames": ["tenant"],
              "quantiles": [0.5, 0.99],
              "declarations": [
                {
                  "class": "test.Shop",
                  "method": "order()",
                  "route": {
                    "method": "POST",
                    "template": "/api/orders"
                  },
                  "labels": [
                    {
                      "name": "tenant",
                      "source": "header",
                      "argument": "X-Tenant"
                    }
                  ],
                  "initialValue": false
                }
              ]
            },
            {
              "name": "orders_in_progress",
              "exposedName": "orders_in_progress",
              "type": "gauge",
              "help": "Orders running now",
              "labelNames": ["path", "tenant"],
              "declarations": [
                {
                  "class": "test.Shop",
                  "method": "order()",
                  "route": {
                    "method": "POST",
                    "template": "/api/orders"
                  },
                  "labels": [
                    {
                      "name": "path",
                      "source": "rawPath"
                    },
                    {
                      "name": "tenant",
                      "source": "requestResolver",
                      "argument": "test.Shop.Tenant"
                    }
                  ],
                  "initialValue": true
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void oneCatalogueForAllHandlersOfACompilationAndTheSameEachTime() throws IOException {
    JavaFileObject other =
        source("Other",
            "public class Other {",
            "  @Get(\"/other\") @Counted(name = \"other_calls\", help = \"h\")",
            "  public String get() { return \"\"; }",
            "}");
    Compilation first = Compiles.compile(handler(), other);
    Compilation second = Compiles.compile(other, handler());

    List<JavaFileObject> catalogues =
        first.generatedFiles().stream()
            .filter(file -> file.toUri().getPath().endsWith("/" + CATALOGUE))
            .toList();
    assertThat(catalogues).hasSize(1);
    assertThat(catalogue(first)).contains("\"other_calls_total\"", "\"invocation_by_type_total\"");
    assertThat(catalogue(second)).isEqualTo(catalogue(first));
  }

  private static String catalogue(Compilation compilation) throws IOException {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, CATALOGUE)
        .orElseThrow(() -> new AssertionError("no " + CATALOGUE))
        .getCharContent(true)
        .toString();
  }
}
