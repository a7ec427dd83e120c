package io.promwire.jaxrs;

import io.promwire.runtime.Request;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** promwire's {@link Request} made from a Jakarta REST request, for label values and exclusions. */
final class JaxrsRequests {
  private static final byte[] NO_BODY = new byte[0];

  private JaxrsRequests() {}

  /**
   * The request path relative to the application's base URI, decoded, with a leading slash: what
   * templates and the metrics path are matched against.
   */
  static String path(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return path.startsWith("/") ? path : "/" + path;
  }

  /**
   * Whether the request's {@link #path} is {@code path}, on every request at no cost: the path as
   * sent, which the container keeps for matching anyway, stands for the decoded one when it has
   * no percent-escapes; and the container's leading slash is left out instead of added.
   */
  static boolean isPath(ContainerRequestContext request, String path) {
    String relative = request.getUriInfo().getPath(false);
    if (relative.indexOf('%') >= 0) {
      relative = request.getUriInfo().getPath();
    }
    if (relative.startsWith("/")) {
      return relative.equals(path);
    }
    return path.length() == relative.length() + 1
        && path.charAt(0) == '/'
        && path.startsWith(relative, 1);
  }

  /**
   * The request without its body (label values never read it), routed to {@code template} with the
   * container's decoded path parameters. The headers are the container's own map, whose lookups
   * ignore case.
   *
   * @param method the method as sent, which the container may since have changed
   */
  static Request of(ContainerRequestContext request, String method, String template) {
    String rawPath = request.getUriInfo().getPath(false);
    Request plain =
        Request.fromRawPath(
            method,
            rawPath.startsWith("/") ? rawPath : "/" + rawPath,
            request.getUriInfo().getRequestUri().getRawQuery(),
            request.getHeaders(),
            NO_BODY);
    if (template == null) {
      return plain;
    }
    MultivaluedMap<String, String> params = request.getUriInfo().getPathParameters(true);
    Map<String, String> first = new HashMap<>();
    for (Map.Entry<String, List<String>> param : params.entrySet()) {
      if (!param.getValue().isEmpty()) {
        first.put(param.getKey(), param.getValue().get(0));
      }
    }
    return plain.withRoute(template, first);
  }
}
