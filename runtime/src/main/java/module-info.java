/**
 * promwire's runtime: the user API ({@code io.promwire.runtime}), the embedded JDK server ({@code
 * io.promwire.runtime.jdk}), what server adapters use ({@code io.promwire.runtime.adapter}) and
 * what generated code calls ({@code io.promwire.runtime.internal}, which promises nothing).
 */
module io.promwire.runtime {
  requires transitive io.promwire.annotations;
  requires transitive io.prometheus.metrics.core;
  requires transitive io.prometheus.metrics.model;
  requires transitive io.prometheus.metrics.exporter.httpserver;
  requires io.prometheus.metrics.instrumentation.jvm;
  requires io.prometheus.writer.text;
  requires io.prometheus.metrics.tracer.initializer;
  requires transitive jdk.httpserver;

  exports io.promwire.runtime;
  exports io.promwire.runtime.jdk;
  exports io.promwire.runtime.adapter;
  exports io.promwire.runtime.internal;

  // Promwire.Builder.loadModules finds the generated bootstraps of other jars.
  uses io.promwire.runtime.internal.PromwireModule;
}
