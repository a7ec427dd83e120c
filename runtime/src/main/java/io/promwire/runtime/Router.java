package io.promwire.runtime;

import io.promwire.runtime.internal.Route;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the route for a request, on its decoded path segments (see {@link PathSegments}).
 *
 * <ul>
 *   <li>Segments are compared one position at a time, like a trie: at each position a literal
 *       segment of a template wins over a {@code {param}} segment; when the literal branch leads to
 *       no route for the request, the parameter branch is tried.
 *   <li>A {@code {param}} matches one non-empty segment, which may contain a decoded {@code /}.
 *   <li>Trailing slashes are significant: {@code /items/} does not match {@code /items}, nor the
 *       other way round.
 *   <li>The HTTP method must match exactly; {@code HEAD} is answered by the {@code GET} route of a
 *       path that has no {@code HEAD} route of its own.
 *   <li>A path that only routes of other methods match is a {@code 405}, with the methods that
 *       would be served; a path that nothing matches is a {@code 404}.
 * </ul>
 *
 * Built once, then only read: safe to share between threads.
 *
 * @param <T> what each route is registered with, returned on a match
 */
final class Router<T> {
  private final Node<T> root = new Node<>();

  private Router() {}

  /**
   * @param values what to route to, one per route
   * @param routeOf the route of each value
   * @throws IllegalStateException when two routes of the same method match the same paths
   * @throws IllegalArgumentException when a template is not a valid path template
   */
  static <T> Router<T> build(List<T> values, Function<T, Route> routeOf) {
    Router<T> router = new Router<>();
    for (T value : values) {
      router.add(value, routeOf.apply(value));
    }
    return router;
  }

  /** The route for a request's method and decoded path segments. */
  RouteMatch<T> match(String method, String[] segments) {
    Search<T> search = new Search<>(method, segments);
    Entry<T> entry = search.find(root, 0);
    if (entry != null) {
      return RouteMatch.found(
          entry.value(), entry.route().template(), entry.params(search.segments));
    }
    if (search.pathEntry != null) {
      return RouteMatch.methodNotAllowed(
          search.pathEntry.value(),
          search.pathEntry.route().template(),
          String.join(", ", search.allowed));
    }
    return RouteMatch.notFound();
  }

  private void add(T value, Route route) {
    String[] segments = templateSegments(route.template());
    String[] paramNames = new String[segments.length];
    Node<T> node = root;
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (isParam(segment)) {
        paramNames[i] = segment.substring(1, segment.length() - 1);
        if (node.param == null) {
          node.param = new Node<>();
        }
        node = node.param;
      } else {
        node = node.literals.computeIfAbsent(segment, literal -> new Node<>());
      }
    }
    Entry<T> previous =
        node.byMethod.putIfAbsent(route.method(), new Entry<>(value, route, paramNames));
    if (previous != null) {
      throw new IllegalStateException(
          describe(previous.route()) + " and " + describe(route) + " match the same requests");
    }
  }

  private static String describe(Route route) {
    return route.method() + " " + route.template() + " (" + route.endpoint() + ")";
  }

  private static String[] templateSegments(String template) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("route template must start with '/': " + template);
    }
    String[] segments = PathSegments.split(template);
    Set<String> names = new HashSet<>();
    for (String segment : segments) {
      boolean braces = segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0;
      if (braces && !isParam(segment)) {
        throw new IllegalArgumentException(
            "a path parameter must be a whole segment, such as /{name}: " + template);
      }
      if (isParam(segment) && !names.add(segment)) {
        throw new IllegalArgumentException("path parameter " + segment + " repeats in " + template);
      }
    }
    return segments;
  }

  private static boolean isParam(String segment) {
    return segment.length() > 2
        && segment.charAt(0) == '{'
        && segment.charAt(segment.length() - 1) == '}'
        && segment.indexOf('{', 1) < 0
        && segment.indexOf('}') == segment.length() - 1;
  }

  private static final class Node<T> {
    final Map<String, Node<T>> literals = new HashMap<>();
    Node<T> param;
    /** The routes whose template ends here, by method, in registration order. */
    final Map<String, Entry<T>> byMethod = new LinkedHashMap<>();
  }

  /**
   * @param paramNames the parameter name at each position of the template, null for literals
   */
  private record Entry<T>(T value, Route route, String[] paramNames) {
    Map<String, String> params(String[] segments) {
      Map<String, String> params = null;
      for (int i = 0; i < paramNames.length; i++) {
        if (paramNames[i] != null) {
          if (params == null) {
            params = new HashMap<>();
          }
          params.put(paramNames[i], segments[i]);
        }
      }
      return params == null ? Map.of() : params;
    }
  }

  /** One walk through the trie; remembers the paths that matched for other methods. */
  private static final class Search<T> {
    final String method;
    final String[] segments;
    /** A route that matched the path for another method, the first one found. */
    Entry<T> pathEntry;
    Set<String> allowed;

    Search(String method, String[] segments) {
      this.method = method;
      this.segments = segments;
    }

    Entry<T> find(Node<T> node, int position) {
      if (position == segments.length) {
        return atEnd(node);
      }
      String segment = segments[position];
      Node<T> literal = node.literals.get(segment);
      if (literal != null) {
        Entry<T> entry = find(literal, position + 1);
        if (entry != null) {
          return entry;
        }
      }
      return node.param == null || segment.isEmpty() ? null : find(node.param, position + 1);
    }

    private Entry<T> atEnd(Node<T> node) {
      if (node.byMethod.isEmpty()) {
        return null;
      }
      Entry<T> entry = node.byMethod.get(method);
      if (entry == null && method.equals("HEAD")) {
        entry = node.byMethod.get("GET");
      }
      if (entry == null) {
        rememberOtherMethods(node);
      }
      return entry;
    }

    private void rememberOtherMethods(Node<T> node) {
      if (pathEntry == null) {
        pathEntry = node.byMethod.values().iterator().next();
        allowed = new TreeSet<>();
      }
      allowed.addAll(node.byMethod.keySet());
      if (node.byMethod.containsKey("GET")) {
        allowed.add("HEAD");
      }
    }
  }
}
