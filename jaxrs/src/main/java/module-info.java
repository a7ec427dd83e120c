/** A promwire app on a Jakarta REST 4 implementation; the implementation brings the API. */
module io.promwire.jaxrs {
  requires transitive io.promwire.runtime;
  requires transitive jakarta.ws.rs;
  requires io.prometheus.metrics.exporter.common;
  requires io.prometheus.metrics.core;

  exports io.promwire.jaxrs;
  exports io.promwire.jaxrs.internal;
}
