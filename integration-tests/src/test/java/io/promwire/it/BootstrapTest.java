package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.internal.Handlers;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.PromwireModule;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.internal.Route;
import io.promwire.runtime.internal.RouteTable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The generated bootstrap, through its public API only. */
class BootstrapTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PromwireOptions options = PromwireOptions.builder().jvmMetrics(false).build();

  @Test
  void wiresEveryHandlerClassFoundAtCompileTime() {
    Promwire app =
        PromwireBootstrap.builder()
            .inventoryService(new InventoryService(3))
            .registry(registry)
            .options(options)
            .build();

    assertThat(app.hasRoutes()).isTrue();
    assertThat(tables())
        .extracting(RouteTable::handlerType)
        .containsExactly(
            AsyncRoutes.class,
            CatalogRoutes.class,
            GreetingRoutes.class,
            HazardRoutes.class,
            InventoryService.class,
            ParityRoutes.class);
    assertThat(
            tables().stream()
                .flatMap(table -> table.routes().stream())
                .map(route -> route.method() + " " + route.template() + " " + route.endpoint()))
        .containsExactly(
            "GET /async/{outcome} AsyncRoutes.outcome",
            "GET /async/created/{name} AsyncRoutes.created",
            "POST /async-void AsyncRoutes.nothing",
            "GET /held AsyncRoutes.held",
            "POST /held/release AsyncRoutes.release",
            "GET /api/products/{id} CatalogRoutes.product",
            "PUT /api/products/{id} CatalogRoutes.put",
            "DELETE /api/products/{id} CatalogRoutes.delete",
            "PATCH /api/products/{id}/name CatalogRoutes.rename",
            "GET /api/categories/{category} CatalogRoutes.category",
            "GET /api/lookup/{uuid} CatalogRoutes.lookup",
            "POST /api/import CatalogRoutes.importAll",
            "GET /api/ratio/{value} CatalogRoutes.ratio",
            "GET /greet/{name} GreetingRoutes.greet",
            "GET /hazard/error HazardRoutes.error",
            "GET /hazard/label/{mode} HazardRoutes.label",
            "GET /parity/hidden ParityRoutes.hidden",
            "GET /parity/jobs/{job} ParityRoutes.job",
            "POST /parity/exports ParityRoutes.export");
  }

  @Test
  void routesThatAnswerLaterAreAsynchronous() {
    assertThat(route("GET", "/async/{outcome}").isAsync()).isTrue();
    assertThat(route("POST", "/held/release").isAsync()).isFalse();
  }

  @Test
  void routeFlagsFollowTheAnnotations() {
    Route rename = route("PATCH", "/api/products/{id}/name");
    assertThat(rename.isExcludeAllMetrics()).isTrue();
    assertThat(rename.metrics().isEmpty()).isTrue();
    Route product = route("GET", "/api/products/{id}");
    assertThat(product.isDoNotTrack()).isFalse();
    assertThat(product.metrics().isEmpty()).isFalse();
  }

  @Test
  void theUsersOwnInstanceIsTheOneDecorated() {
    InventoryService inventory = new InventoryService(3);
    Promwire app =
        PromwireBootstrap.builder()
            .inventoryService(inventory)
            .registry(registry)
            .options(options)
            .build();

    app.decorator(InventoryService_Metrics.class).reserve(1);

    assertThat(inventory.audit()).isEqualTo(2);
    assertThat(Scrape.series(Scrape.text(registry), "inventory_reservations_total"))
        .containsExactly("inventory_reservations_total{exception=\"none\"} 1.0");
  }

  @Test
  void aHandlerThatCannotBeCreatedMustBeGivenAndTheErrorSaysHow() {
    assertThatThrownBy(() -> PromwireBootstrap.builder().registry(registry).options(options).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(InventoryService.class.getName())
        .hasMessageContaining("inventoryService(");
  }

  @Test
  void theBootstrapIsListedForServiceLoader() {
    assertThat(ServiceLoader.load(PromwireModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(PromwireBootstrap.class);
    assertThat(new PromwireBootstrap().handlerTypes())
        .containsExactly(
            AsyncRoutes.class,
            CatalogRoutes.class,
            GreetingRoutes.class,
            HazardRoutes.class,
            InventoryService.class,
            ParityRoutes.class);
  }

  /** The route tables as the generated bootstrap wires them, in a registry of their own. */
  private List<RouteTable> tables() {
    return new PromwireBootstrap()
        .wire(
            Handlers.of(Map.of(InventoryService.class, new InventoryService(3))),
            Instruments.create(new PrometheusRegistry(), options));
  }

  private Route route(String method, String template) {
    return tables().stream()
        .flatMap(table -> table.routes().stream())
        .filter(route -> route.method().equals(method) && route.template().equals(template))
        .findFirst()
        .orElseThrow();
  }
}
