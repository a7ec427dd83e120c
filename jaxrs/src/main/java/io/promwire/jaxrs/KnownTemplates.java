package io.promwire.jaxrs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The templates of the application's resource methods, collected at start-up, for requests the
 * container answered without a resource method, such as a {@code 405}: the template their path
 * matches is their path label, as on promwire's own servers. Only such answers look here, and
 * only templates of the application can come out, so the label stays bounded.
 */
final class KnownTemplates {
  private final Set<String> added = ConcurrentHashMap.newKeySet();
  private final List<String[]> templates = new CopyOnWriteArrayList<>();

  /** Adds a template, once the container configures a resource method that has it. */
  void add(String template) {
    String label = Templates.normalize(template);
    if (added.add(label)) {
      templates.add(segments(label));
    }
  }

  /**
   * The template that matches {@code path}, literal segments winning over {@code {name}} ones at
   * each position; {@code null} when none does.
   */
  String match(String path) {
    String[] request = segments(path);
    String[] best = null;
    for (String[] template : templates) {
      if (template.length == request.length
          && matches(template, request)
          && (best == null || moreLiteral(template, best))) {
        best = template;
      }
    }
    return best == null ? null : "/" + String.join("/", best);
  }

  private static boolean matches(String[] template, String[] request) {
    for (int i = 0; i < template.length; i++) {
      if (!isParam(template[i]) && !template[i].equals(request[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code one} has a literal segment where {@code other} first has a parameter. */
  private static boolean moreLiteral(String[] one, String[] other) {
    for (int i = 0; i < one.length; i++) {
      if (isParam(one[i]) != isParam(other[i])) {
        return !isParam(one[i]);
      }
    }
    return false;
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static String[] segments(String path) {
    String trimmed = Templates.normalize(path).substring(1);
    return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
  }
}
