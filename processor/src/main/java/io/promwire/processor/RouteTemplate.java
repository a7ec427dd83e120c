package io.promwire.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Route templates such as {@code /items/{type}}: parsing, joining a prefix, comparing. */
final class RouteTemplate {
  /**
   * A parsed template.
   *
   * @param params the {@code {name}} parameters in order
   * @param problems what is wrong with it, each finishing the sentence "route template 'x' ..."
   */
  record Parsed(List<String> params, List<String> problems) {
    Parsed {
      params = List.copyOf(params);
      problems = List.copyOf(problems);
    }

    Set<String> paramSet() {
      return new LinkedHashSet<>(params);
    }
  }

  private RouteTemplate() {}

  static Parsed parse(String template) {
    if (!template.startsWith("/")) {
      return new Parsed(List.of(), List.of("must start with '/'"));
    }
    if (!balanced(template)) {
      return new Parsed(
          List.of(), List.of("has unbalanced braces: write each parameter as {name}"));
    }
    List<String> params = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String segment : template.split("/", -1)) {
      if (segment.indexOf('{') < 0) {
        continue;
      }
      if (!segment.startsWith("{") || segment.indexOf('{', 1) >= 0 || !segment.endsWith("}")) {
        problems.add(
            "has a parameter that does not span a whole segment, '"
                + segment
                + "': write /items/{id}, not /items/item{id}");
        continue;
      }
      String name = segment.substring(1, segment.length() - 1);
      if (name.isEmpty()) {
        problems.add("has an empty parameter name {}: name it, as in {id}");
      } else if (params.contains(name)) {
        problems.add("names parameter {" + name + "} twice: give each parameter its own name");
      } else {
        params.add(name);
      }
    }
    return new Parsed(params, problems);
  }

  /**
   * The full template of a route under a class's prefix, with exactly one slash between them, as
   * Flask joins a blueprint's prefix and rule.
   */
  static String join(String prefix, String route) {
    String head = prefix;
    while (head.endsWith("/")) {
      head = head.substring(0, head.length() - 1);
    }
    if (head.isEmpty()) {
      return route;
    }
    String tail = route;
    while (tail.startsWith("/")) {
      tail = tail.substring(1);
    }
    return head + "/" + tail;
  }

  /**
   * The template with parameter names left out: {@code /items/{type}} and {@code /items/{id}} match
   * the same requests, so they are the same route.
   */
  static String shape(String template) {
    return template.replaceAll("\\{[^}/]*}", "{}");
  }

  private static boolean balanced(String template) {
    boolean open = false;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        if (open) {
          return false;
        }
        open = true;
      } else if (c == '}') {
        if (!open) {
          return false;
        }
        open = false;
      }
    }
    return !open;
  }
}
