package io.promwire.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.jaxrs.internal.ResolvedResourceMethod;
import io.promwire.jaxrs.internal.ResourceMethod;
import io.promwire.jaxrs.internal.ResourceMetrics;
import io.promwire.runtime.GroupBy;
import io.promwire.runtime.LabelDefinition;
import io.promwire.runtime.MetricDefinition;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.internal.Handlers;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.PromwireModule;
import io.promwire.runtime.internal.RouteTable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What promwire's filters read of the container's request: its path, query, headers and path
 * parameters only when a label, the grouping or an excluded path reads promwire's request, and
 * always the same series recorded.
 */
class RequestRecordingTest {
  /** A resource as the application has it. */
  @Path("/items")
  public static final class Items {
    @GET
    @Path("{type}")
    public String byType(@PathParam("type") String type) {
      return type;
    }
  }

  private static final MetricDefinition BY_STATUS =
      MetricDefinition.counter("items_by_status", "Item requests by status")
          .label(LabelDefinition.status("status"))
          .label(LabelDefinition.method("method"));

  private static final MetricDefinition BY_TENANT =
      MetricDefinition.counter("items_by_tenant", "Item requests by tenant")
          .label(LabelDefinition.header("tenant", "X-Tenant"))
          .label(LabelDefinition.pathParam("item_type", "type"));

  /** The metrics the processor would generate for {@link Items}, recording {@code metrics}. */
  private static PromwireModule module(MetricDefinition... metrics) {
    return new PromwireModule() {
      @Override
      public List<Class<?>> handlerTypes() {
        return List.of();
      }

      @Override
      public List<RouteTable> wire(Handlers handlers, Instruments instruments) {
        List<ResolvedResourceMethod> methods =
            List.of(
                ResourceMethod.of("GET", "/items/{type}", "Items.byType", "byType", String.class)
                    .recording(metrics)
                    .resolve(instruments));
        ResourceMetrics resource =
            new ResourceMetrics() {
              @Override
              public Class<?> resourceClass() {
                return Items.class;
              }

              @Override
              public List<ResolvedResourceMethod> resourceMethods() {
                return methods;
              }
            };
        return List.of(new RouteTable(Items.class, resource, List.of()));
      }
    };
  }

  private static Promwire app(
      UnaryOperator<PromwireOptions.Builder> options, MetricDefinition... metrics) {
    return Promwire.builder()
        .module(module(metrics))
        .registry(new PrometheusRegistry())
        .options(options.apply(PromwireOptions.builder().jvmMetrics(false)).build())
        .build();
  }

  private static FakeContainer container(Promwire app) throws NoSuchMethodException {
    return new FakeContainer(app, Items.class, Items.class.getMethod("byType", String.class));
  }

  private static FakeContainer.Exchange get(FakeContainer container, String method, String type)
      throws Exception {
    return container.serve(
        method, "items/" + type, Map.of("type", type), Map.of("X-Tenant", "acme"), 200);
  }

  @Test
  void whenNothingReadsTheRequestOnlyItsPathIsReadForTheMetricsPath() throws Exception {
    Promwire app = app(options -> options, BY_STATUS);
    FakeContainer container = container(app);

    FakeContainer.Exchange get = get(container, "GET", "book");
    FakeContainer.Exchange head = get(container, "HEAD", "book");

    // The pre-matching filter compares the path as sent (no escapes) with the metrics path;
    // nothing else of the container's request is read: no query, headers or path parameters.
    assertThat(get.read).containsExactly("UriInfo.getPath(false)");
    assertThat(head.read).containsExactly("UriInfo.getPath(false)");
    assertThat(get.properties).isEmpty();
    String text = app.metricsText();
    assertThat(text)
        .contains(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/items/{type}\","
                + "status=\"200\"} 1")
        .contains(
            "http_request_duration_seconds_count{method=\"HEAD\",path=\"/items/{type}\","
                + "status=\"200\"} 1")
        .contains("items_by_status_total{method=\"GET\",status=\"200\"} 2.0");
  }

  @Test
  void aLabelFromAHeaderOrAPathParameterReadsThem() throws Exception {
    Promwire app = app(options -> options, BY_TENANT);

    FakeContainer.Exchange get = get(container(app), "GET", "book");

    assertThat(get.read)
        .contains(
            "ContainerRequestContext.getHeaders", "UriInfo.getPathParameters(true)");
    assertThat(app.metricsText())
        .contains("items_by_tenant_total{item_type=\"book\",tenant=\"acme\"} 1.0")
        .contains(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/items/{type}\","
                + "status=\"200\"} 1");
  }

  @Test
  void aGroupingThatReadsTheRequestSeesItsPath() throws Exception {
    Promwire app = app(options -> options.groupBy(GroupBy.rawPath()));

    FakeContainer.Exchange get = get(container(app), "GET", "book");

    assertThat(get.read).contains("UriInfo.getRequestUri()");
    assertThat(app.metricsText())
        .contains(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/items/book\","
                + "status=\"200\"} 1");
  }

  @Test
  void anExcludedPathSilencesTheDefaultAndTheMethodsMetrics() throws Exception {
    Promwire app = app(options -> options.excludePaths("/items/secret"), BY_STATUS);
    FakeContainer container = container(app);

    get(container, "GET", "secret");
    get(container, "GET", "book");

    assertThat(app.metricsText())
        .contains(
            "http_request_duration_seconds_count{method=\"GET\",path=\"/items/{type}\","
                + "status=\"200\"} 1")
        .contains("items_by_status_total{method=\"GET\",status=\"200\"} 1.0");
  }
}
