package io.promwire.processor;

/**
 * Jakarta REST path templates as promwire labels them: the class's {@code @Path} and the method's
 * joined with one slash, as Jakarta REST joins them, and each {@code {name: regex}} written as
 * {@code {name}}.
 */
final class ResourceTemplate {
  private ResourceTemplate() {}

  /**
   * {@code /items/{type}} for {@code @Path("items/")} and {@code @Path("/{type: [a-z]+}")}: a
   * leading slash, no trailing one (but {@code /} for nothing at all), no empty segments between
   * the two parts.
   */
  static String join(String classPath, String methodPath) {
    String joined = trim(withoutRegex(classPath));
    String method = trim(withoutRegex(methodPath));
    if (!method.isEmpty()) {
      joined = joined.isEmpty() ? method : joined + "/" + method;
    }
    return "/" + joined;
  }

  /** The template with each variable's regular expression left out: {@code {id: \d+}} is {@code {id}}. */
  static String withoutRegex(String template) {
    StringBuilder out = new StringBuilder(template.length());
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      // A variable: its name up to ':' or '}', then skip the regex, whose braces nest.
      int depth = 1;
      int j = i + 1;
      StringBuilder name = new StringBuilder();
      boolean inRegex = false;
      while (j < template.length() && depth > 0) {
        char d = template.charAt(j);
        if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
        } else if (d == ':' && depth == 1) {
          inRegex = true;
        }
        if (depth > 0 && !inRegex && d != '{') {
          name.append(d);
        }
        j++;
      }
      out.append('{').append(name.toString().strip()).append('}');
      i = j;
    }
    return out.toString();
  }

  private static String trim(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
