package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.quickstart.ItemRoutes;
import io.promwire.example.quickstart.PromwireBootstrap;
import io.promwire.runtime.GroupBy;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.servlet.PromwireMetricsFilter;
import io.promwire.servlet.PromwireMetricsServlet;
import io.promwire.servlet.PromwireServlet;
import jakarta.servlet.DispatcherType;
import java.net.http.HttpRequest;
import java.util.EnumSet;
import java.util.function.UnaryOperator;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.Test;

/**
 * What only a servlet container has: other servlets measured by the filter under their mapping
 * pattern, asynchronous requests, context paths and registration without the initializer. What
 * every server shares is in {@link QuickstartHttpContract} and {@link OptionsHttpContract}.
 */
class JettyServletTest {
  private static final String LEGACY = JettyApp.LEGACY_MAPPING;

  private static Promwire quickstart(UnaryOperator<PromwireOptions.Builder> options) {
    return PromwireBootstrap.builder()
        .itemRoutes(new ItemRoutes())
        .registry(new PrometheusRegistry())
        .options(options.apply(PromwireOptions.builder().jvmMetrics(false)).build())
        .build();
  }

  /** An app with no routes: the filter and the metrics endpoint only. */
  private static Promwire metricsOnly(UnaryOperator<PromwireOptions.Builder> options) {
    return Promwire.builder()
        .registry(new PrometheusRegistry())
        .options(options.apply(PromwireOptions.builder().jvmMetrics(false)).build())
        .build();
  }

  /** The README's programmatic Jetty registration, beside the legacy servlet. */
  private static void registerByHand(ServletContextHandler context, Promwire app, int maxBody) {
    FilterHolder filter = new FilterHolder(new PromwireMetricsFilter(app));
    filter.setAsyncSupported(true);
    context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(new ServletHolder(new PromwireServlet(app, maxBody)), "/");
    context.addServlet(new ServletHolder(new PromwireMetricsServlet(app)), "/metrics");
    JettyApp.addLegacyServlet(context);
  }

  private static String count(String method, String path, String status, int count) {
    return "http_request_duration_seconds_count{method=\"%s\",path=\"%s\",status=\"%s\"} %d"
        .formatted(method, path, status, count);
  }

  private static String total(String method, String status, double value) {
    return "http_request_total{method=\"%s\",status=\"%s\"} %s".formatted(method, status, value);
  }

  @Test
  void anotherServletIsMeasuredUnderItsMappingPatternAndRoutesOnlyOnce() {
    try (RunningApp app = JettyApp.serve(quickstart(o -> o))) {
      assertThat(app.get("/legacy/a").body()).isEqualTo("legacy /a");
      app.get("/legacy/b?page=2");
      assertThat(app.get("/").body()).isEqualTo("Hello World!");
      assertThat(app.get("/legacy/missing").statusCode()).isEqualTo(404);

      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              count("GET", "/", "200", 1),
              count("GET", LEGACY, "200", 2),
              count("GET", LEGACY, "404", 1));
      assertThat(app.series("http_request_total"))
          .containsExactly(total("GET", "200", 3.0), total("GET", "404", 1.0));
    }
  }

  @Test
  void anExceptionFromAnotherServletIsA500CountedAndLeftToTheContainer() {
    try (RunningApp app = JettyApp.serve(quickstart(o -> o))) {
      assertThat(app.get("/legacy/boom").statusCode()).isEqualTo(500);

      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(count("GET", LEGACY, "500", 1));
      assertThat(app.series("http_request_exceptions_total"))
          .containsExactly("http_request_exceptions_total{method=\"GET\",status=\"500\"} 1.0");
    }
  }

  @Test
  void anAsyncRequestIsRecordedWhenItCompletesWithItsFinalStatus() throws Exception {
    try (RunningApp app = JettyApp.serve(quickstart(o -> o))) {
      assertThat(app.get("/legacy/async").statusCode()).isEqualTo(202);
      app.awaitSeries("http_request_duration_seconds_count", count("GET", LEGACY, "202", 1));

      assertThat(app.get("/legacy/timeout").statusCode()).isEqualTo(500);
      app.awaitSeries("http_request_duration_seconds_count", count("GET", LEGACY, "500", 1));
      assertThat(app.series("http_request_exceptions_total")).isEmpty();
    }
  }

  @Test
  void whatNoServletMapsSharesTheUnmatchedPath() {
    try (RunningApp app = JettyApp.serve(metricsOnly(o -> o))) {
      assertThat(app.get("/nowhere").statusCode()).isEqualTo(404);
      assertThat(app.get("/elsewhere").statusCode()).isEqualTo(404);

      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(count("GET", PromwireOptions.UNMATCHED_PATH, "404", 2));
    }
  }

  @Test
  void registeredByHandUnderAContextPathThatNoLabelShows() {
    Promwire wired = quickstart(o -> o);
    try (RunningApp app =
        JettyApp.serve(wired, "/shop", context -> registerByHand(context, wired, 1024))) {
      assertThat(app.get("/").body()).isEqualTo("Hello World!");
      assertThat(app.get("/items/book").body()).isEqualTo("book");
      app.get("/legacy/a");

      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(count("GET", "/", "200", 1), count("GET", LEGACY, "200", 1));
      assertThat(app.series("invocation_by_type_total"))
          .containsExactly("invocation_by_type_total{item_type=\"book\"} 1.0");
    }
  }

  @Test
  void aBodyOverTheLimitIs413AndCountedAsUnmatched() {
    Promwire wired = quickstart(o -> o);
    try (RunningApp app = JettyApp.serve(wired, "", context -> registerByHand(context, wired, 4))) {
      assertThat(post(app, "four")).isEqualTo(405);
      assertThat(post(app, "too long")).isEqualTo(413);

      assertThat(app.series("http_request_total"))
          .containsExactlyInAnyOrder(total("POST", "405", 1.0), total("POST", "413", 1.0));
    }
  }

  @Test
  void theOptionsApplyToOtherServletsToo() {
    UnaryOperator<PromwireOptions.Builder> options =
        o ->
            o.prefix("flask")
                .excludePaths("/legacy/private")
                .defaultLabel("tenant", request -> request.header("X-Tenant"));
    try (RunningApp app = JettyApp.serve(metricsOnly(options))) {
      app.get("/legacy/a", "X-Tenant", "acme");
      app.get("/legacy/private/a", "X-Tenant", "acme");

      assertThat(app.series("flask_http_request_duration_seconds_count"))
          .containsExactly(
              "flask_http_request_duration_seconds_count"
                  + "{method=\"GET\",path=\"/legacy/*\",status=\"200\",tenant=\"acme\"} 1");
    }
    try (RunningApp app = JettyApp.serve(metricsOnly(o -> o.groupBy(GroupBy.endpoint())))) {
      app.get("/legacy/a");

      assertThat(app.series("http_request_duration_seconds_count"))
          .containsExactly(
              "http_request_duration_seconds_count{endpoint=\"legacy\",method=\"GET\",status=\"200\"} 1");
    }
  }

  private static int post(RunningApp app, String body) {
    HttpRequest post =
        HttpRequest.newBuilder(app.uri("/"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return RunningApp.send(post).statusCode();
  }
}
