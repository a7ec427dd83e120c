package io.promwire.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.internal.Handlers;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.PromwireModule;
import io.promwire.runtime.internal.RouteTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An app whose handlers were compiled without the processor fails to build, saying why. */
class ModuleCheckTest {
  /** A handler class as a user writes it; without the processor nothing claims it. */
  static final class CatalogRoutes {}

  static final class OrderRoutes {}

  /** What the processor generates for {@link OrderRoutes} alone. */
  static final class OrdersModule implements PromwireModule {
    @Override
    public List<Class<?>> handlerTypes() {
      return List.of(OrderRoutes.class);
    }

    @Override
    public List<RouteTable> wire(Handlers handlers, Instruments instruments) {
      return List.of();
    }
  }

  private static Promwire.Builder builder() {
    return Promwire.builder()
        .registry(new PrometheusRegistry())
        .options(PromwireOptions.builder().jvmMetrics(false).build());
  }

  @Test
  void loadedModulesThatClaimNoHandlerFailNamingItAndTheProcessor() {
    // The runtime's tests list no module for ServiceLoader, as a jar built without the processor.
    assertThatThrownBy(
            () -> builder().loadModules().handler(CatalogRoutes.class, new CatalogRoutes()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(CatalogRoutes.class.getName())
        .hasMessageContaining("no module was found")
        .hasMessageContaining("promwire-processor is not on the annotation processor path")
        .hasMessageContaining("<annotationProcessorPaths>")
        .hasMessageContaining("maven-compiler-plugin 3.5 or newer")
        .hasMessageContaining("annotationProcessor(\"io.promwire:promwire-processor:");
  }

  @Test
  void onlyTheUnclaimedHandlersAreNamed() {
    assertThatThrownBy(
            () ->
                builder()
                    .module(new OrdersModule())
                    .handler(OrderRoutes.class, new OrderRoutes())
                    .handler(CatalogRoutes.class, new CatalogRoutes())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("handler class " + CatalogRoutes.class.getName() + " given")
        .hasMessageContaining("modules found: " + OrdersModule.class.getName())
        .hasMessageNotContaining(OrderRoutes.class.getName() + ",");
  }

  @Test
  void loadingModulesAndFindingNoneFailsEvenWithoutHandlers() {
    assertThatThrownBy(() -> builder().loadModules().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("loadModules() found no promwire module")
        .hasMessageContaining("<annotationProcessorPaths>");
  }

  @Test
  void anAppWithoutModulesOrHandlersStillBuilds() {
    // An app whose routes another server serves, recorded through defaultHttpMetrics().
    assertThat(builder().build().hasRoutes()).isFalse();
    assertThat(builder().module(new OrdersModule()).handler(OrderRoutes.class, new OrderRoutes()).build())
        .isNotNull();
  }
}
