package io.promwire.runtime.jdk;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import io.promwire.runtime.adapter.DefaultHttpMetrics;
import io.promwire.runtime.adapter.ServedApp;

/**
 * The app's metrics alone, on a port of their own, served by promwire's JDK server adapter: the
 * same read and write deadlines, size limits and backlog as the app's own port ({@link
 * ServerOptions}). Any other path gets 404.
 */
public final class MetricsServer {
  private static final String DEFAULT_PATH = "/metrics";
  private static final Response NOT_FOUND = Response.status(404).text("Not Found");

  private MetricsServer() {}

  /**
   * Serves the app's metrics at the options' metrics path ({@code /metrics} when they have none)
   * and behind their {@code MetricsAuth}, if any, with the default {@link ServerOptions}.
   *
   * @param app the app whose registry and options are served
   * @param bindAddress the host name or address to listen on, or {@code null} for every interface
   * @param port the port; 0 picks a free one, which {@link PromwireServer#port()} tells
   * @return the running server
   */
  public static PromwireServer start(ServedApp app, String bindAddress, int port) {
    ServerOptions.Builder options = ServerOptions.builder().port(port);
    if (bindAddress != null) {
      options.bindAddress(bindAddress);
    }
    return start(app, options.build());
  }

  /**
   * As {@link #start(ServedApp, String, int)}, listening and bounded as the options say.
   *
   * @param app the app whose metrics are served
   * @param options where to listen, and the limits and deadlines of the app's own port
   * @return the running server
   */
  public static PromwireServer start(ServedApp app, ServerOptions options) {
    return PromwireServer.start(new MetricsOnly(app), options);
  }

  /** The app with its routes left out and its metrics at a path even when the app has none. */
  private record MetricsOnly(ServedApp app) implements ServedApp {
    @Override
    public Response dispatch(Request request) {
      return NOT_FOUND;
    }

    @Override
    public PrometheusRegistry registry() {
      return app.registry();
    }

    @Override
    public PromwireOptions options() {
      return app.options();
    }

    @Override
    public DefaultHttpMetrics defaultHttpMetrics() {
      // This port is not the app's: its requests are not the app's requests.
      return DefaultHttpMetrics.of(null, app.options());
    }

    String metricsPath() {
      String path = app.options().metricsPath();
      return path == null ? DEFAULT_PATH : path;
    }
  }

  /** The path the server answers with metrics: for {@link MetricsOnly}, never none. */
  static String metricsPath(ServedApp app) {
    return app instanceof MetricsOnly metricsOnly
        ? metricsOnly.metricsPath()
        : app.options().metricsPath();
  }
}
