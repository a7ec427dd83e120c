package io.promwire.servlet;

import io.promwire.runtime.PromwireOptions;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.MappingMatch;

/**
 * What the filter records for a request another servlet served: the {@code path} label is the
 * pattern of the servlet mapping that matched, one of the deployment's few, fixed patterns, never
 * the URL.
 *
 * <ul>
 *   <li>a path, exact or extension mapping: its pattern, such as {@code /legacy/*}, {@code /status}
 *       or {@code *.jsp};
 *   <li>the context root mapping (pattern {@code ""}): {@code /}, the one URL it matches;
 *   <li>the default servlet ({@code /}), which by the Servlet specification serves the requests no
 *       mapping matched (static files, the container's 404s), and a request with no mapping at
 *       all: {@value PromwireOptions#UNMATCHED_PATH}, as promwire's own unmatched requests.
 * </ul>
 *
 * @param template the group label value, or {@code null} for unmatched
 * @param endpoint the servlet name, shown by {@code GroupBy.endpoint()}, or {@code null}
 */
record MappingLabel(String template, String endpoint) {
  private static final MappingLabel UNMATCHED = new MappingLabel(null, null);

  static MappingLabel of(HttpServletMapping mapping) {
    MappingMatch match = mapping == null ? null : mapping.getMappingMatch();
    if (match == null || match == MappingMatch.DEFAULT) {
      return UNMATCHED;
    }
    String pattern = match == MappingMatch.CONTEXT_ROOT ? "/" : mapping.getPattern();
    return new MappingLabel(pattern, mapping.getServletName());
  }
}
