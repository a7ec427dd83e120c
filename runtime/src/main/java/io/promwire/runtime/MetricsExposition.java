package io.promwire.runtime;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Exposes a registry outside the app's server, always with client_java's own writers. */
final class MetricsExposition {
  private static final String DEFAULT_PATH = "/metrics";

  private MetricsExposition() {}

  /** The registry's current metrics in the Prometheus text format 0.0.4. */
  static String text(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException impossible) {
      throw new UncheckedIOException("writing to memory failed", impossible);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Starts client_java's {@link HTTPServer} for the registry alone, at the options' metrics path
   * ({@code /metrics} when they have none) and behind their {@link MetricsAuth}, if any.
   *
   * @param bindAddress the host name or address to listen on, or {@code null} for every interface
   */
  static HTTPServer serve(
      PrometheusRegistry registry, PromwireOptions options, String bindAddress, int port) {
    String path = options.metricsPath() == null ? DEFAULT_PATH : options.metricsPath();
    HTTPServer.Builder builder =
        HTTPServer.builder().port(port).registry(registry).metricsHandlerPath(path);
    if (bindAddress != null) {
      builder.hostname(bindAddress);
    }
    if (options.metricsAuth() != null) {
      builder.authenticator(options.metricsAuth());
    }
    try {
      return builder.buildAndStart();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on port " + port, e);
    }
  }
}
