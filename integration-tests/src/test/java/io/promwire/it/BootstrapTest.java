package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireModule;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Route;
import io.promwire.runtime.RouteTable;
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

    assertThat(app.routeTables())
        .extracting(RouteTable::handlerType)
        .containsExactly(
            CatalogRoutes.class,
            GreetingRoutes.class,
            HazardRoutes.class,
            InventoryService.class,
            ParityRoutes.class);
    assertThat(
            app.routeTables().stream()
                .flatMap(table -> table.routes().stream())
                .map(route -> route.method() + " " + route.template() + " " + route.endpoint()))
        .containsExactly(
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
  void routeFlagsFollowTheAnnotations() {
    Promwire app =
        PromwireBootstrap.builder()
            .inventoryService(new InventoryService(3))
            .registry(registry)
            .options(options)
            .build();

    Route rename = route(app, "PATCH", "/api/products/{id}/name");
    assertThat(rename.excludeAll()).isTrue();
    assertThat(rename.metrics().isEmpty()).isTrue();
    Route product = route(app, "GET", "/api/products/{id}");
    assertThat(product.doNotTrack()).isFalse();
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
            CatalogRoutes.class,
            GreetingRoutes.class,
            HazardRoutes.class,
            InventoryService.class,
            ParityRoutes.class);
  }

  private static Route route(Promwire app, String method, String template) {
    return app.routeTables().stream()
        .flatMap(table -> table.routes().stream())
        .filter(route -> route.method().equals(method) && route.template().equals(template))
        .findFirst()
        .orElseThrow();
  }
}
