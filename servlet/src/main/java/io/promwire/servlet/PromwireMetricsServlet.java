package io.promwire.servlet;

import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.promwire.runtime.MetricsAuth;
import io.promwire.runtime.adapter.ClientAborts;
import io.promwire.runtime.adapter.RequestedMetrics;
import io.promwire.runtime.adapter.ServedApp;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The metrics endpoint of an app: client_java's own {@link PrometheusMetricsServlet} on the app's
 * registry, so content negotiation (text, OpenMetrics, protobuf), gzip and {@code name[]} filtering
 * are client_java's, with {@code name[]} narrowed to the exact names asked for ({@link
 * RequestedMetrics}), as on the JDK server. When the app's options have a {@link MetricsAuth}, a request without
 * acceptable credentials gets {@code 401} with its challenge, as on the JDK server. Never measured
 * by {@link PromwireMetricsFilter}. A client that goes away before its answer is written (a scrape
 * timeout, a reset) is logged once per kind of failure, at DEBUG and without a stack trace; the
 * container does not see the failure.
 *
 * <p>Map it at the app's {@code PromwireOptions.metricsPath()}, as {@link
 * PromwireServletInitializer} does.
 */
public final class PromwireMetricsServlet extends PrometheusMetricsServlet {
  private static final long serialVersionUID = 1L;

  private static final System.Logger LOG = System.getLogger(PromwireMetricsServlet.class.getName());

  private final transient MetricsAuth auth;
  private final transient ClientAborts aborts = new ClientAborts(LOG);

  /**
   * Exposes the app's registry, behind its options' {@link MetricsAuth} when there is one.
   *
   * @param app the app whose registry is scraped
   */
  public PromwireMetricsServlet(ServedApp app) {
    super(RequestedMetrics.exactNames(app.registry()));
    this.auth = app.options().metricsAuth();
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Measured.mark(request);
    if (auth != null && !auth.allows(request.getHeader("Authorization"))) {
      // As the JDK server answers a refusal: status and challenge, no body.
      response.setHeader("WWW-Authenticate", auth.challenge());
      response.setStatus(401);
      return;
    }
    super.service(request, new AbortTolerantResponse(response, aborts));
  }
}
