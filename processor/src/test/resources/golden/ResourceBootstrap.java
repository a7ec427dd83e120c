package com.example.rest;

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
    return List.of();
  }

  @Override
  public List<RouteTable> wire(Handlers handlers, Instruments instruments) {
    ItemResource_ResourceMetrics itemResource = new ItemResource_ResourceMetrics(instruments);
    ItemResource_DetailsResource_ResourceMetrics itemResourceDetailsResource = new ItemResource_DetailsResource_ResourceMetrics(instruments);
    return List.of(itemResource.routes(), itemResourceDetailsResource.routes());
  }

  /**
   * One typed slot per handler class; the registry and options are optional.
   */
  public static final class Builder {
    private final Promwire.Builder app = Promwire.builder().module(new PromwireBootstrap());

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
