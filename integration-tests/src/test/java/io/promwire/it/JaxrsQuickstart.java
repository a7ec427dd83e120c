package io.promwire.it;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.Promwire;

/** The quickstart written as Jakarta REST resources, wired: what every Jakarta REST server serves. */
final class JaxrsQuickstart {
  private JaxrsQuickstart() {}

  /** Its generated bootstrap, with a registry of its own; resources need no instance here. */
  static Promwire wire() {
    return io.promwire.example.jaxrs.PromwireBootstrap.builder()
        .registry(new PrometheusRegistry())
        .build();
  }
}
