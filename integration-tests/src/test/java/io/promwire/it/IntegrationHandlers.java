package io.promwire.it;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import java.util.function.UnaryOperator;

/** The handlers of this module, wired in a fresh registry. */
final class IntegrationHandlers {
  private IntegrationHandlers() {}

  /** Wired with the options {@code options} makes of a builder with JVM metrics off. */
  static Promwire wire(UnaryOperator<PromwireOptions.Builder> options) {
    return PromwireBootstrap.builder()
        .inventoryService(new InventoryService(10))
        .registry(new PrometheusRegistry())
        .options(options.apply(PromwireOptions.builder().jvmMetrics(false)).build())
        .build();
  }
}
