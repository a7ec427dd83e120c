package io.promwire.it;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A plain servlet that knows nothing of promwire, as an existing app has them; what it does depends
 * on the path after its mapping.
 *
 * <ul>
 *   <li>{@code /boom}: throws, for the container to answer with 500;
 *   <li>{@code /missing}: {@code sendError(404)};
 *   <li>{@code /async}: answers 202 from another thread, asynchronously;
 *   <li>{@code /timeout}: goes asynchronous and never completes, so the container times it out;
 *   <li>anything else: 200 with a short text.
 * </ul>
 */
final class LegacyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String what = request.getPathInfo() == null ? "/" : request.getPathInfo();
    switch (what) {
      case "/boom" -> throw new IllegalStateException("legacy failure");
      case "/missing" -> response.sendError(404);
      case "/async" -> {
        AsyncContext async = request.startAsync();
        async.start(
            () -> {
              response.setStatus(202);
              async.complete();
            });
      }
      case "/timeout" -> request.startAsync().setTimeout(50);
      default -> response.getWriter().print("legacy " + what);
    }
  }
}
