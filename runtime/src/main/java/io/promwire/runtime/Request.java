package io.promwire.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One HTTP request as a route method sees it: method, path, the matched route template and its
 * path parameters, query parameters, headers and body.
 *
 * <p>Immutable. Server adapters create requests; a route method gets the current one by declaring
 * a parameter of this type.
 */
public final class Request {
  private final String method;
  private final String path;
  private final String rawQuery;
  private final Map<String, List<String>> headers;
  private final Body body;
  private final boolean malformedPath;
  private final String[] segments;
  private final String template;
  private final Map<String, String> pathParams;
  // Parsed on first use; a cache only: every thread that parses gets the same values.
  private volatile Map<String, List<String>> queryParams;

  /**
   * A request with its path already decoded, for servers that decode it.
   *
   * @param method the HTTP method, upper case
   * @param path the decoded request path, without the query string
   * @param rawQuery the query string as sent (still percent-encoded), or {@code null}
   * @param headers the headers; lookups must ignore case (the JDK's {@code Headers} does)
   * @param body the request body, empty when there is none
   */
  public Request(
      String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    this(
        method,
        path,
        PathSegments.split(path),
        false,
        rawQuery,
        headers,
        new Body(body, null),
        null,
        Map.of());
  }

  private Request(
      String method,
      String path,
      String[] segments,
      boolean malformedPath,
      String rawQuery,
      Map<String, List<String>> headers,
      Body body,
      String template,
      Map<String, String> pathParams) {
    this.method = method;
    this.path = path;
    this.segments = segments;
    this.malformedPath = malformedPath;
    this.rawQuery = rawQuery;
    this.headers = headers;
    this.body = body;
    this.template = template;
    this.pathParams = pathParams;
  }

  /**
   * A request whose path is given as sent, still percent-encoded: each segment between slashes is
   * decoded on its own, so an encoded slash ({@code %2F}) stays inside one path parameter. A path
   * whose encoding is malformed is kept as sent and answered with 400 by {@link Promwire#dispatch}.
   *
   * @param method the HTTP method, upper case
   * @param rawPath the path as sent, without the query string
   * @param rawQuery the query string as sent (still percent-encoded), or {@code null}
   * @param headers the headers; lookups must ignore case (the JDK's {@code Headers} does)
   * @param body the request body, empty when there is none
   * @return the request
   * @see #Request(String, String, String, Map, byte[])
   */
  public static Request fromRawPath(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {
    return fromRawPath(method, rawPath, rawQuery, headers, new Body(body, null));
  }

  /**
   * As {@link #fromRawPath(String, String, String, Map, byte[])}, with a body read only when route
   * code first asks for it ({@link #body()}, {@link #bodyAsString()}), so that requests no route
   * reads never read theirs. The supplier is called at most once, by the first such call, on the
   * thread that makes it; whatever it throws, such as an {@link HttpStatusException} for a body
   * over the limit, that call and every later one throws. Server adapters give a {@link
   * io.promwire.runtime.adapter.BoundedBody}.
   *
   * @param method the HTTP method, upper case
   * @param rawPath the path as sent, without the query string
   * @param rawQuery the query string as sent (still percent-encoded), or {@code null}
   * @param headers the headers; lookups must ignore case
   * @param body reads the body, at most once, when route code first asks for it
   * @return the request
   */
  public static Request fromRawPath(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      Supplier<byte[]> body) {
    return fromRawPath(method, rawPath, rawQuery, headers, new Body(null, body));
  }

  private static Request fromRawPath(
      String method, String rawPath, String rawQuery, Map<String, List<String>> headers, Body body) {
    String[] segments = PathSegments.decode(rawPath);
    return segments == null
        ? new Request(method, rawPath, new String[0], true, rawQuery, headers, body, null, Map.of())
        : new Request(
            method,
            PathSegments.join(segments),
            segments,
            false,
            rawQuery,
            headers,
            body,
            null,
            Map.of());
  }

  /**
   * This request as routed to a template, with the decoded values of its {@code {name}} segments:
   * a new request; this one is unchanged. Server adapters use it for requests that something other
   * than promwire's router matched.
   *
   * @param template the route template, such as {@code /items/{type}}
   * @param pathParams the decoded value of each {@code {name}} segment, by name
   * @return the routed request
   */
  public Request withRoute(String template, Map<String, String> pathParams) {
    return routed(template, Map.copyOf(pathParams));
  }

  /** As {@link #withRoute}, keeping the router's own unshared map of path parameters. */
  Request routed(String template, Map<String, String> pathParams) {
    return new Request(
        method, path, segments, malformedPath, rawQuery, headers, body, template, pathParams);
  }

  /** Whether the path as sent was not valid percent-encoded UTF-8. */
  boolean malformedPath() {
    return malformedPath;
  }

  /** The decoded path segments the router matches; {@code /} has none. Not to be modified. */
  String[] segments() {
    return segments;
  }

  /** {@return the HTTP method, upper case} */
  public String method() {
    return method;
  }

  /** {@return the decoded request path, such as {@code /items/a b}} */
  public String path() {
    return path;
  }

  /**
   * {@return the template of the route that matched, such as {@code /items/{type}}, or {@code
   * null}}
   */
  public String template() {
    return template;
  }

  /**
   * {@return the decoded value of a {@code {name}} segment of the matched template, or {@code
   * null}}
   *
   * @param name the segment's name, without braces
   */
  public String pathParam(String name) {
    return pathParams.get(name);
  }

  /**
   * {@return the query string as sent, still percent-encoded, without the {@code ?}; {@code null}
   * when none}
   */
  public String rawQuery() {
    return rawQuery;
  }

  /**
   * {@return the first value of a query parameter, decoded, or {@code null} when it is absent}
   *
   * @param name the parameter's name, decoded
   */
  public String queryParam(String name) {
    List<String> values = queryParams().get(name);
    return values == null ? null : values.get(0);
  }

  /**
   * {@return every value of a query parameter, decoded, in order; empty when it is absent}
   *
   * @param name the parameter's name, decoded
   */
  public List<String> queryParams(String name) {
    return queryParams().getOrDefault(name, List.of());
  }

  /**
   * {@return the first value of a header, or {@code null} when it is absent}
   *
   * @param name the header's name
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@return every header, read-only} */
  public Map<String, List<String>> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /**
   * {@return a copy of the body as sent; empty when there is none}
   *
   * <p>A server may read it only now: it then answers for the server's limits by throwing an {@link
   * HttpStatusException} (413 for a body over the limit, 503 when too many bodies are in flight,
   * 408 for a client too slow to send it), which the route may let through to answer with that
   * status.
   */
  public byte[] body() {
    return body.get().clone();
  }

  /** {@return the body decoded as UTF-8; as {@link #body()}, it may be read only now} */
  public String bodyAsString() {
    return new String(body.get(), StandardCharsets.UTF_8);
  }

  private Map<String, List<String>> queryParams() {
    Map<String, List<String>> parsed = queryParams;
    if (parsed == null) {
      parsed = parseQuery(rawQuery);
      queryParams = parsed;
    }
    return parsed;
  }

  private static Map<String, List<String>> parseQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> params = new HashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  private static String decode(String encoded) {
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return encoded;
    }
  }

  /**
   * The body bytes, or where to get them on first use: one per request, shared by its routed copies
   * so that it is read once.
   */
  private static final class Body {
    private byte[] bytes; // guarded by this once a source is given
    private Supplier<byte[]> source;

    Body(byte[] bytes, Supplier<byte[]> source) {
      this.bytes = bytes;
      this.source = source;
    }

    synchronized byte[] get() {
      if (bytes == null) {
        bytes = Objects.requireNonNull(source.get(), "the body supplier returned null");
        source = null;
      }
      return bytes;
    }
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
