package io.promwire.runtime.jdk;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.adapter.RequestedMetrics;
import io.promwire.runtime.adapter.ServedApp;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The app's metrics alone, on a port of their own, served by client_java's {@link HTTPServer}. */
public final class MetricsServer {
  private static final String DEFAULT_PATH = "/metrics";

  private MetricsServer() {}

  /**
   * Starts client_java's {@link HTTPServer} for the app's registry, at the options' metrics path
   * ({@code /metrics} when they have none) and behind their {@code MetricsAuth}, if any. Stop it
   * with {@link HTTPServer#close()}.
   *
   * @param bindAddress the host name or address to listen on, or {@code null} for every interface
   * @param port the port; 0 picks a free one, which {@link HTTPServer#getPort()} tells
   */
  public static HTTPServer start(ServedApp app, String bindAddress, int port) {
    PromwireOptions options = app.options();
    String path = options.metricsPath() == null ? DEFAULT_PATH : options.metricsPath();
    HTTPServer.Builder builder =
        HTTPServer.builder().port(port).registry(RequestedMetrics.exactNames(app.registry())).metricsHandlerPath(path);
    if (bindAddress != null) {
      builder.hostname(bindAddress);
    }
    if (options.metricsAuth() != null) {
      builder.authenticator(new JdkMetricsAuth(options.metricsAuth()));
    }
    try {
      return builder.buildAndStart();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on port " + port, e);
    }
  }
}
