package io.promwire.it.e2e;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.quickstart.ItemRoutes;
import io.promwire.it.InventoryService;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The apps these tests serve, each wired with a registry of its own. */
final class Apps {
  private Apps() {}

  /** The quickstart app; {@code /long-running} takes {@code longRunning}. */
  static Promwire quickstart(Duration longRunning, PromwireOptions options) {
    return io.promwire.example.quickstart.PromwireBootstrap.builder()
        .itemRoutes(new ItemRoutes(longRunning))
        .registry(new PrometheusRegistry())
        .options(options)
        .build();
  }

  static Promwire quickstart() {
    return quickstart(Duration.ofMillis(10), PromwireOptions.defaults());
  }

  /** The quickstart written as Jakarta REST resources, wired; Jersey serves it. */
  static Promwire jaxrsQuickstart(PromwireOptions options) {
    return io.promwire.example.jaxrs.PromwireBootstrap.builder()
        .registry(new PrometheusRegistry())
        .options(options)
        .build();
  }

  /** The quickstart app with native histograms for the request duration. */
  static Promwire quickstartWithNativeHistograms() {
    return quickstart(
        Duration.ofMillis(10), PromwireOptions.builder().nativeHistograms(true).build());
  }

  /** The handlers of {@code io.promwire.it}, wired as {@code OptionsHttpContract} wires them. */
  static Promwire integrationHandlers(UnaryOperator<PromwireOptions.Builder> options) {
    return io.promwire.it.PromwireBootstrap.builder()
        .inventoryService(new InventoryService(10))
        .registry(new PrometheusRegistry())
        .options(options.apply(PromwireOptions.builder()).build())
        .build();
  }
}
