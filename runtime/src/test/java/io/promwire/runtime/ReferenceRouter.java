package io.promwire.runtime;

import io.promwire.runtime.internal.Route;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The routing rules {@link Router} documents, written as plainly as possible to check it against:
 * decode the whole path to bytes and back, try every template, and pick by the stated precedence
 * instead of walking a trie.
 */
final class ReferenceRouter {
  private ReferenceRouter() {}

  /** What routing a request gives: the same for the router and the reference, or a bug. */
  record Outcome(String kind, String template, Map<String, String> params, String allow) {
    static final Outcome NOT_FOUND = new Outcome("404", null, Map.of(), null);
    static final Outcome MALFORMED = new Outcome("400", null, Map.of(), null);
  }

  /** The router's answer for a request, in the same terms. */
  static Outcome actual(Router<Route> router, String method, String rawPath) {
    Request request = Request.fromRawPath(method, rawPath, null, Map.of(), new byte[0]);
    if (request.malformedPath()) {
      return Outcome.MALFORMED;
    }
    RouteMatch<Route> match = router.match(request.method(), request.segments());
    return switch (match.outcome()) {
      case FOUND -> new Outcome("200", match.template(), match.pathParams(), null);
      case METHOD_NOT_ALLOWED -> new Outcome("405", match.template(), Map.of(), match.allow());
      case NOT_FOUND -> Outcome.NOT_FOUND;
    };
  }

  static Outcome expected(List<Route> routes, String method, String rawPath) {
    List<String> segments = decode(rawPath);
    if (segments == null) {
      return Outcome.MALFORMED;
    }
    List<Route> matching = new ArrayList<>();
    for (Route route : routes) {
      if (matches(templateSegments(route.template()), segments)) {
        matching.add(route);
      }
    }
    // The literal-first walk with backtracking meets templates in this order: at the first
    // position where two differ, the literal one first. Templates differing only in parameter
    // names are one node, whose routes keep their registration order.
    matching.sort(Comparator.comparing(route -> shape(route.template())));
    Map<String, List<Route>> nodes = new LinkedHashMap<>();
    for (Route route : matching) {
      nodes.computeIfAbsent(withoutNames(route.template()), key -> new ArrayList<>()).add(route);
    }
    for (List<Route> node : nodes.values()) {
      Route served = withMethod(node, method);
      if (served == null && method.equals("HEAD")) {
        served = withMethod(node, "GET");
      }
      if (served != null) {
        return found(served, segments);
      }
    }
    if (matching.isEmpty()) {
      return Outcome.NOT_FOUND;
    }
    TreeSet<String> allow = new TreeSet<>();
    for (Route route : matching) {
      allow.add(route.method());
      if (route.method().equals("GET")) {
        allow.add("HEAD");
      }
    }
    String first = nodes.values().iterator().next().get(0).template();
    return new Outcome("405", first, Map.of(), String.join(", ", allow));
  }

  private static Route withMethod(List<Route> node, String method) {
    return node.stream().filter(route -> route.method().equals(method)).findFirst().orElse(null);
  }

  /** The template with every parameter unnamed: templates equal so are one node of the router. */
  static String withoutNames(String template) {
    return template.replaceAll("\\{[^/]*}", "{}");
  }

  private static Outcome found(Route route, List<String> segments) {
    List<String> template = templateSegments(route.template());
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < template.size(); i++) {
      if (isParam(template.get(i))) {
        String name = template.get(i);
        params.put(name.substring(1, name.length() - 1), segments.get(i));
      }
    }
    return new Outcome("200", route.template(), params, null);
  }

  private static boolean matches(List<String> template, List<String> segments) {
    if (template.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < template.size(); i++) {
      String part = template.get(i);
      boolean ok = isParam(part) ? !segments.get(i).isEmpty() : part.equals(segments.get(i));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** One character per segment, '0' literal and '1' parameter, so that text order is precedence. */
  private static String shape(String template) {
    StringBuilder shape = new StringBuilder();
    for (String part : templateSegments(template)) {
      shape.append(isParam(part) ? '1' : '0');
    }
    return shape.toString();
  }

  private static List<String> templateSegments(String template) {
    return template.equals("/") ? List.of() : List.of(template.substring(1).split("/", -1));
  }

  private static boolean isParam(String part) {
    return part.startsWith("{") && part.endsWith("}");
  }

  /**
   * Splits on every {@code /}, then turns each segment into bytes ({@code %XX} escapes and the
   * UTF-8 of every other character) and reads them back as strict UTF-8: null if that fails.
   */
  static List<String> decode(String rawPath) {
    if (rawPath.equals("/")) {
      return List.of();
    }
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.substring(1).split("/", -1)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int i = 0; i < raw.length(); ) {
        if (raw.charAt(i) == '%') {
          if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
            return null;
          }
          bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
          i += 3;
        } else {
          int end = i + Character.charCount(raw.codePointAt(i));
          bytes.writeBytes(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
          i = end;
        }
      }
      try {
        segments.add(
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString());
      } catch (CharacterCodingException malformed) {
        return null;
      }
    }
    return segments;
  }

  private static int hex(char c) {
    return "0123456789abcdef".indexOf(Character.toLowerCase(c));
  }
}
