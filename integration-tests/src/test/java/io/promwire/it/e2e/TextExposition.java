package io.promwire.it.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metric families of a scrape in the Prometheus text format: each one's type, help and the
 * label names its samples carry. Enough to compare a scrape with the metrics catalogue.
 */
final class TextExposition {
  /** One family: what {@code # TYPE} and {@code # HELP} say, and every label name seen. */
  record Family(String type, String help, Set<String> labelNames) {}

  private TextExposition() {}

  /** Families by name, in scrape order. */
  static Map<String, Family> families(String scrape) {
    Map<String, String> types = new LinkedHashMap<>();
    Map<String, String> helps = new LinkedHashMap<>();
    Map<String, Set<String>> labels = new LinkedHashMap<>();
    String current = null;
    for (String line : scrape.lines().toList()) {
      if (line.startsWith("# HELP ")) {
        String[] parts = line.split(" ", 4);
        helps.put(parts[2], unescape(parts.length > 3 ? parts[3] : ""));
      } else if (line.startsWith("# TYPE ")) {
        String[] parts = line.split(" ");
        current = parts[2];
        types.put(current, parts[3]);
        labels.put(current, new TreeSet<>());
      } else if (!line.isBlank() && !line.startsWith("#") && current != null) {
        // The text format writes a family's samples right after its # TYPE line.
        labels.get(current).addAll(labelNames(line));
      }
    }
    Map<String, Family> families = new LinkedHashMap<>();
    types.forEach(
        (name, type) -> families.put(name, new Family(type, helps.get(name), labels.get(name))));
    return families;
  }

  /** The label names of one sample line, {@code name{a="x",b="y"} 1}: here a and b. */
  private static Set<String> labelNames(String sample) {
    Set<String> names = new TreeSet<>();
    int brace = sample.indexOf('{');
    if (brace < 0 || brace > sample.indexOf(' ')) {
      return names;
    }
    int at = brace + 1;
    while (sample.charAt(at) != '}') {
      int equals = sample.indexOf('=', at);
      names.add(sample.substring(at, equals));
      at = equals + 2; // past ="
      while (sample.charAt(at) != '"') {
        at += sample.charAt(at) == '\\' ? 2 : 1;
      }
      at++; // past the closing quote
      if (sample.charAt(at) == ',') {
        at++;
      }
    }
    return names;
  }

  /** HELP text escapes backslash and line feed. */
  private static String unescape(String help) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < help.length(); i++) {
      char c = help.charAt(i);
      if (c == '\\' && i + 1 < help.length()) {
        char next = help.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
