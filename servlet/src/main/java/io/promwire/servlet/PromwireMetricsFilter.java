package io.promwire.servlet;

import io.promwire.runtime.adapter.DefaultHttpMetrics;
import io.promwire.runtime.adapter.ServedApp;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Records an app's default HTTP metrics for every request the container serves, under the app's
 * options (prefix, buckets or summary, group-by, excluded paths, default labels), in the same
 * series as its routes. Map it to {@code /*} for {@link DispatcherType#REQUEST} dispatches with
 * async support on, as {@link PromwireServletInitializer} does.
 *
 * <ul>
 *   <li>The {@code path} label of a request another servlet served is its mapping pattern, such as
 *       {@code /legacy/*}, never the URL; the default servlet's requests and requests no mapping
 *       matched share {@code <unmatched>}. {@code GroupBy.endpoint()} shows the servlet name.
 *   <li>Requests that {@link PromwireServlet} serves are recorded by it, with their route template,
 *       and the metrics endpoint is never measured: the filter skips both, so nothing is counted
 *       twice.
 *   <li>An exception out of the chain is recorded as a 500 and counted in {@code
 *       http_request_exceptions_total}, then rethrown for the container to answer.
 *   <li>An asynchronous request is recorded when it completes, with its final status; an error
 *       reported to its listeners counts as a 500 and an exception. A timeout counts with the
 *       status the container answers it with.
 *   <li>Forwards, includes and error dispatches are part of the request already being measured, so
 *       the filter ignores them even when mapped for them.
 * </ul>
 *
 * The filter sees the request's method, path, query and headers, not its body, which belongs to the
 * servlet that reads it: default labels computed from the request get an empty body.
 */
public final class PromwireMetricsFilter implements Filter {
  private final DefaultHttpMetrics metrics;

  /**
   * Records the app's default HTTP metrics for the requests that pass through the filter.
   *
   * @param app the app whose default HTTP metrics are recorded, under its options
   */
  public PromwireMetricsFilter(ServedApp app) {
    this.metrics = app.defaultHttpMetrics();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() != DispatcherType.REQUEST
        || !(request instanceof HttpServletRequest httpRequest)
        || !(response instanceof HttpServletResponse httpResponse)) {
      chain.doFilter(request, response);
      return;
    }
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } catch (Throwable failure) {
      record(httpRequest, 500, failure, start);
      throw failure;
    }
    if (httpRequest.isAsyncStarted()) {
      Completion completion = new Completion(httpRequest, httpResponse, start);
      httpRequest.getAsyncContext().addListener(completion, httpRequest, httpResponse);
    } else {
      record(httpRequest, httpResponse.getStatus(), null, start);
    }
  }

  private void record(HttpServletRequest request, int status, Throwable error, long start) {
    if (Measured.isMarked(request)) {
      return;
    }
    long elapsed = System.nanoTime() - start;
    MappingLabel label = MappingLabel.of(request.getHttpServletMapping());
    metrics.record(
        ServletRequests.withoutBody(request),
        label.template(),
        label.endpoint(),
        status,
        error,
        elapsed);
  }

  /** Records an asynchronous request once, when it completes. */
  private final class Completion implements AsyncListener {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final long start;
    // Set by the container's thread that reports the error, read by the one that completes.
    private volatile Throwable error;

    Completion(HttpServletRequest request, HttpServletResponse response, long start) {
      this.request = request;
      this.response = response;
      this.start = start;
    }

    @Override
    public void onComplete(AsyncEvent event) {
      Throwable failure = error;
      record(request, failure != null ? 500 : response.getStatus(), failure, start);
    }

    @Override
    public void onError(AsyncEvent event) {
      error = event.getThrowable();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      // The container answers the timeout; onComplete records that answer.
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // A new asynchronous cycle drops the listeners of the last one: stay for the completion.
      event.getAsyncContext().addListener(this, request, response);
    }
  }
}
