package io.promwire.it.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/grafana/promwire-dashboard.json}: its PromQL expressions, with the dashboard's
 * variables replaced by the values Grafana would put there, so that a real Prometheus can run
 * them.
 */
final class Dashboard {
  /** One panel query, and whether Grafana asks Prometheus for its exemplars too. */
  record Query(String panel, String expr, boolean exemplar) {}

  private static final Pattern LABEL_VALUES =
      Pattern.compile("label_values\\((?<match>.+),\\s*(?<label>\\w+)\\)");

  private final Map<String, Object> json;

  private Dashboard(Map<String, Object> json) {
    this.json = json;
  }

  static Dashboard load() throws IOException {
    return new Dashboard(
        cast(MiniJson.parse(Files.readString(Docs.file("grafana/promwire-dashboard.json")))));
  }

  /** Every panel query, rows' nested panels included, in dashboard order. */
  List<Query> queries() {
    List<Query> queries = new ArrayList<>();
    collect(MiniJson.at(json, "panels"), queries);
    return queries;
  }

  private static void collect(List<Object> panels, List<Query> into) {
    for (Object element : panels) {
      Map<String, Object> panel = cast(element);
      for (Object target : (List<?>) panel.getOrDefault("targets", List.of())) {
        Object expr = cast(target).get("expr");
        if (expr != null) {
          boolean exemplar = Boolean.TRUE.equals(cast(target).get("exemplar"));
          into.add(new Query((String) panel.get("title"), (String) expr, exemplar));
        }
      }
      if (panel.get("panels") instanceof List<?> nested) {
        collect(new ArrayList<>(nested), into);
      }
    }
  }

  /**
   * {@code expr} as Grafana would send it: no prefix, the in-progress gauge of the quickstart
   * app, {@code job} as the regular expression {@code job}, and a one-minute rate interval.
   */
  static String substitute(String expr, String job) {
    return expr.replace("$__rate_interval", "1m")
        .replace("${prefix}", "")
        .replace("${gauge}", "in_progress")
        .replace("$job", job);
  }

  /**
   * The series selector of the {@code job} variable's {@code label_values(selector, job)} query,
   * variables substituted: Prometheus answers it through {@code /api/v1/label/job/values}.
   */
  String jobVariableMatch() {
    for (Object element : MiniJson.<List<Object>>at(json, "templating", "list")) {
      Map<String, Object> variable = cast(element);
      if ("job".equals(variable.get("name"))) {
        Matcher query = LABEL_VALUES.matcher((String) variable.get("query"));
        if (!query.matches() || !query.group("label").equals("job")) {
          throw new AssertionError("job variable is not label_values(..., job): " + variable);
        }
        return substitute(query.group("match"), ".*");
      }
    }
    throw new AssertionError("no job variable in the dashboard");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
