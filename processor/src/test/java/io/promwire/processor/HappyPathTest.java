package io.promwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.internal.Route;
import io.promwire.runtime.internal.RouteTable;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Realistic handlers compile cleanly, and the generated code works against the runtime. */
class HappyPathTest {
  private static Compilation compilation;
  /** One loader for the app and the decorator classes the tests look it up by. */
  private static CompiledClasses classes;

  @BeforeAll
  static void compileShop() {
    compilation = Compiles.compile(Compiles.shop());
    classes = new CompiledClasses(compilation);
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
    for (String generated :
        List.of("ItemRoutes_Metrics", "Catalog_Metrics", "Orders_Metrics", "Orders_Admin_Metrics",
            "PromwireBootstrap")) {
      assertThat(compilation).generatedSourceFile("com.example.shop." + generated);
    }
  }

  @Test
  void listsTheBootstrapForServiceLoader() throws IOException {
    String services =
        compilation.generatedFile(
                StandardLocation.CLASS_OUTPUT, "META-INF/services/io.promwire.runtime.internal.PromwireModule")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(services).isEqualTo("com.example.shop.PromwireBootstrap\n");
  }

  @Test
  void bootstrapHasOneSlotPerHandlerSortedByName() {
    String bootstrap = source("com.example.shop.PromwireBootstrap");
    assertThat(bootstrap)
        .contains(
            "return List.of(Catalog.class, ItemRoutes.class, Orders.class, Orders.Admin.class,"
                + " Shipping.class);")
        .contains("handlers.get(ItemRoutes.class, ItemRoutes::new)")
        .contains("handlers.get(Orders.Admin.class, Orders.Admin::new)")
        .contains("handlers.require(Orders.class, \"PromwireBootstrap.builder().orders(...)\")")
        .contains("public Builder ordersAdmin(Orders.Admin ordersAdmin)");
  }

  @Test
  void decoratorImplementsTheHandlersInterfaces() {
    String catalog = source("com.example.shop.Catalog_Metrics");
    assertThat(catalog)
        .contains("public final class Catalog_Metrics implements CatalogApi<Item> {")
        .contains("  @Override\n  public Item find(String id) {")
        .contains("  @Override\n  public List<Item> all() {\n    return delegate.all();\n  }")
        .contains("  @Override\n  public int count() {\n    return delegate.count();\n  }")
        .contains(
            "public <R> R transform(Function<? super List<Item>, R> function) throws IOException {")
        .contains("return delegate.<R>transform(function);")
        .contains("Route.of(\"GET\", \"/catalog/entries/{entry}\", \"Catalog.entry\", this::serveEntry)");
  }

  @Test
  void generatedCodeRecordsDirectCallsAndServesRoutes() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    Promwire app = startShop(registry);
    Object itemRoutes = decorator(app, "ItemRoutes");
    Method byType = itemRoutes.getClass().getMethod("byType", String.class);

    assertThat(byType.invoke(itemRoutes, "lamp")).isEqualTo("lamp");
    assertThatThrownBy(() -> invoke(byType, itemRoutes, "missing"))
        .isInstanceOf(HttpStatusException.class);

    assertThat(counter(registry, "invocation_by_type", Labels.of("item_type", "lamp"))).isEqualTo(1);
    assertThat(counter(registry, "invocation_by_type", Labels.of("item_type", "missing")))
        .isEqualTo(1);
    InfoSnapshot info = (InfoSnapshot) snapshot(registry, "app");
    assertThat(info.getDataPoints().get(0).getLabels().get("version")).isEqualTo("1.0.3");

    Response response = route(app, "ItemRoutes", "GET", "/status/{status}")
        .handler()
        .handle(routed("GET", "/status/{status}", Map.of("status", "201")));
    assertThat(response.status()).isEqualTo(201);
    assertThat(response.bodyAsString()).isEqualTo("Status: 201");
    // The route path records nothing itself: the server times it and records with the route.
    assertThat(byStatus(registry).getDataPoints().size()).isZero();

    // A direct call records the response's status, and the route template as the path label.
    itemRoutes.getClass().getMethod("echoStatus", int.class).invoke(itemRoutes, 202);
    assertThat(byStatus(registry).getDataPoints()).hasSize(1);
    assertThat(byStatus(registry).getDataPoints().get(0).getLabels().get("status")).isEqualTo("202");
    assertThat(byStatus(registry).getDataPoints().get(0).getLabels().get("path"))
        .isEqualTo("/status/{status}");
    assertThat(byStatus(registry).getDataPoints().get(0).getCount()).isEqualTo(1);

    Route paint = route(app, "ItemRoutes", "POST", "/colors/{color}");
    assertThat(paint.isDoNotTrack()).isFalse();
    assertThat(paint.metrics().isEmpty()).isFalse();
    assertThatThrownBy(() -> paint.handler()
            .handle(routed("POST", "/colors/{color}", Map.of("color", "PINK"))))
        .isInstanceOf(HttpStatusException.class)
        .hasMessageContaining("one of RED, GREEN, BLUE");
    // int coats is a primitive: absent, it is a 400, not a null.
    assertThatThrownBy(() -> paint.handler()
            .handle(routed("POST", "/colors/{color}", Map.of("color", "RED"))))
        .isInstanceOf(HttpStatusException.class)
        .hasMessageContaining("Missing query parameter 'coats'");

    Response cancelled = route(app, "Admin", "DELETE", "/orders/{id}")
        .handler()
        .handle(routed("DELETE", "/orders/{id}", Map.of("id", "7")));
    assertThat(cancelled.status()).isEqualTo(204);

    Route bytes = route(app, "ItemRoutes", "GET", "/bytes");
    assertThat(bytes.isExcludeAllMetrics()).isTrue();
    assertThat(bytes.metrics().isEmpty()).isTrue();
  }

  @Test
  void gaugeGoesBackToZeroAfterADirectCall() throws Exception {
    PrometheusRegistry registry = new PrometheusRegistry();
    Promwire app = startShop(registry);
    Object itemRoutes = decorator(app, "ItemRoutes");

    assertThat(itemRoutes.getClass().getMethod("longRunning").invoke(itemRoutes)).isEqualTo("Done!");

    GaugeSnapshot gauge = (GaugeSnapshot) snapshot(registry, "in_progress");
    assertThat(gauge.getDataPoints().get(0).getValue()).isZero();
  }

  /** Builds the app through the generated bootstrap, as {@code Usage.app} in the shop does. */
  private static Promwire startShop(PrometheusRegistry registry) throws Exception {
    return (Promwire)
        classes
            .loadClass("com.example.shop.Usage")
            .getMethod("app", PrometheusRegistry.class)
            .invoke(null, registry);
  }

  private static String source(String name) {
    try {
      return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Object decorator(Promwire app, String handler) throws Exception {
    Class<?> type = classes.loadClass(decoratorName(handler));
    return app.decorator(type);
  }

  private static RouteTable table(Promwire app, String handler) throws Exception {
    Object decorator = decorator(app, handler);
    return (RouteTable) decorator.getClass().getMethod("routes").invoke(decorator);
  }

  /** The generated decorator of a handler of the shop, nested ones named Outer_Inner_Metrics. */
  private static String decoratorName(String handler) {
    return "com.example.shop." + (handler.equals("Admin") ? "Orders_Admin" : handler) + "_Metrics";
  }

  /** A request as the router hands it to a route: routed to its template. */
  private static Request routed(String method, String template, Map<String, String> params) {
    return new Request(method, template, null, Map.of(), new byte[0]).withRoute(template, params);
  }

  private static Route route(Promwire app, String handler, String method, String template)
      throws Exception {
    return table(app, handler).routes().stream()
        .filter(r -> r.method().equals(method) && r.template().equals(template))
        .findFirst()
        .orElseThrow();
  }

  private static Object invoke(Method method, Object target, Object... args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static MetricSnapshot snapshot(PrometheusRegistry registry, String name) {
    return registry.scrape().stream()
        .filter(s -> s.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  private static HistogramSnapshot byStatus(PrometheusRegistry registry) {
    return (HistogramSnapshot) snapshot(registry, "requests_by_status_and_path");
  }

  private static double counter(PrometheusRegistry registry, String name, Labels labels) {
    CounterSnapshot counter = (CounterSnapshot) snapshot(registry, name);
    return counter.getDataPoints().stream()
        .filter(p -> p.getLabels().equals(labels))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no series " + labels))
        .getValue();
  }
}
