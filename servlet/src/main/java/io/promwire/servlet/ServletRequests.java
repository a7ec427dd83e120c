package io.promwire.servlet;

import io.promwire.runtime.Request;
import jakarta.servlet.http.HttpServletRequest;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** promwire's {@link Request} made from a servlet request. */
final class ServletRequests {
  private static final byte[] NO_BODY = new byte[0];

  private ServletRequests() {}

  /** The request without its body, as the filter sees requests that other servlets read. */
  static Request withoutBody(HttpServletRequest request) {
    return withBody(request, NO_BODY);
  }

  /**
   * The request with the given body. Its path is the one sent, still percent-encoded, relative to
   * the context path, so that route templates mean the same under any context and any mapping of
   * the route servlet, and an encoded slash stays inside its segment as on the JDK server.
   */
  static Request withBody(HttpServletRequest request, byte[] body) {
    return withBody(request, () -> body);
  }

  /** As {@link #withBody(HttpServletRequest, byte[])}, with a body read on first use. */
  static Request withBody(HttpServletRequest request, Supplier<byte[]> body) {
    return Request.fromRawPath(
        request.getMethod(),
        rawPath(request),
        request.getQueryString(),
        new Headers(request),
        body);
  }

  /** The request URI after the context path; both are left undecoded by the container. */
  static String rawPath(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
    return path.isEmpty() ? "/" : path;
  }

  /**
   * The headers, read from the servlet request when asked for rather than copied up front: most
   * requests never look at them. Lookups ignore case because the container's do. Valid only as
   * long as the servlet request is, which outlives both the dispatch and the recording.
   */
  private static final class Headers extends AbstractMap<String, List<String>> {
    private final HttpServletRequest request;

    Headers(HttpServletRequest request) {
      this.request = request;
    }

    @Override
    public List<String> get(Object name) {
      if (!(name instanceof String header)) {
        return null;
      }
      Enumeration<String> values = request.getHeaders(header);
      return values == null || !values.hasMoreElements() ? null : Collections.list(values);
    }

    @Override
    public boolean containsKey(Object name) {
      return get(name) != null;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
      Map<String, List<String>> all = new LinkedHashMap<>();
      Enumeration<String> names = request.getHeaderNames();
      while (names != null && names.hasMoreElements()) {
        String name = names.nextElement();
        all.put(name, Collections.list(request.getHeaders(name)));
      }
      return Collections.unmodifiableMap(all).entrySet();
    }
  }
}
