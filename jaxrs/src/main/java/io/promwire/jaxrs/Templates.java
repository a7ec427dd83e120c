package io.promwire.jaxrs;

/**
 * Jakarta REST path templates as path labels: joined with one slash as Jakarta REST joins them,
 * each {@code {name: regex}} written {@code {name}}, a leading slash and no trailing one. The same
 * rules as the processor's, for templates it did not see.
 */
final class Templates {
  private Templates() {}

  static String join(String classPath, String methodPath) {
    String joined = trim(withoutRegex(classPath));
    String method = trim(withoutRegex(methodPath));
    if (!method.isEmpty()) {
      joined = joined.isEmpty() ? method : joined + "/" + method;
    }
    return "/" + joined;
  }

  /** A template matched by the container, such as {@code /items/{id: \d+}/}, as a label. */
  static String normalize(String template) {
    return join(template, "");
  }

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
