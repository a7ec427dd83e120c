package com.example.shop;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.PromwireModule;

/** User code written against the generated classes: it must compile with them. */
public final class Usage {
  private Usage() {}

  public static Promwire app(PrometheusRegistry registry) {
    return PromwireBootstrap.builder()
        .itemRoutes(new ItemRoutes())
        .orders(new Orders("store-"))
        .registry(registry)
        .build();
  }

  public static CatalogApi<Item> decorated(Catalog catalog, Instruments instruments) {
    return new Catalog_Metrics(catalog, instruments);
  }

  public static PromwireModule module() {
    return new PromwireBootstrap();
  }
}
