/** A promwire app on a Jakarta Servlet 6 container; the container brings the Servlet API. */
module io.promwire.servlet {
  requires transitive io.promwire.runtime;
  requires transitive jakarta.servlet;
  requires io.prometheus.metrics.exporter.servlet.jakarta;

  exports io.promwire.servlet;
}
