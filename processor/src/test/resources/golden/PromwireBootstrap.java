package com.example.shop;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.internal.Handlers;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.internal.PromwireModule;
import io.promwire.runtime.internal.RouteTable;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The handlers of this compilation and how to wire them: {@code PromwireBootstrap.builder().build()}.
 */
@Generated("io.promwire.processor.PromwireProcessor")
public final class PromwireBootstrap implements PromwireModule {
  public PromwireBootstrap() {
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Class<?>> handlerTypes() {
    return List.of(Catalog.class, ItemRoutes.class, Orders.class, Orders.Admin.class, Shipping.class);
  }

  @Override
  public List<RouteTable> wire(Handlers handlers, Instruments instruments) {
    Catalog_Metrics catalog = new Catalog_Metrics(handlers.get(Catalog.class, Catalog::new), instruments);
    ItemRoutes_Metrics itemRoutes = new ItemRoutes_Metrics(handlers.get(ItemRoutes.class, ItemRoutes::new), instruments);
    Orders_Metrics orders = new Orders_Metrics(handlers.require(Orders.class, "PromwireBootstrap.builder().orders(...)"), instruments);
    Orders_Admin_Metrics ordersAdmin = new Orders_Admin_Metrics(handlers.get(Orders.Admin.class, Orders.Admin::new), instruments);
    Shipping_Metrics shipping = new Shipping_Metrics(handlers.get(Shipping.class, Shipping::new), instruments);
    return List.of(catalog.routes(), itemRoutes.routes(), orders.routes(), ordersAdmin.routes(), shipping.routes());
  }

  /**
   * One typed slot per handler class; the registry and options are optional.
   */
  public static final class Builder {
    private final Promwire.Builder app = Promwire.builder().module(new PromwireBootstrap());

    public Builder catalog(Catalog catalog) {
      app.handler(Catalog.class, catalog);
      return this;
    }

    public Builder itemRoutes(ItemRoutes itemRoutes) {
      app.handler(ItemRoutes.class, itemRoutes);
      return this;
    }

    public Builder orders(Orders orders) {
      app.handler(Orders.class, orders);
      return this;
    }

    public Builder ordersAdmin(Orders.Admin ordersAdmin) {
      app.handler(Orders.Admin.class, ordersAdmin);
      return this;
    }

    public Builder shipping(Shipping shipping) {
      app.handler(Shipping.class, shipping);
      return this;
    }

    public Builder registry(PrometheusRegistry registry) {
      app.registry(registry);
      return this;
    }

    public Builder options(PromwireOptions options) {
      app.options(options);
      return this;
    }

    public Promwire build() {
      return app.build();
    }
  }
}
