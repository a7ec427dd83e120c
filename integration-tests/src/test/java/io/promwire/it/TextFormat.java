package io.promwire.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text format 0.0.4 (client_java 1.x has none). It refuses every
 * line the format does not allow, and checks what must hold within one scrape: at most one HELP
 * and one TYPE per family, TYPE before the family's samples, a family's samples together, no series
 * twice, counters not negative, histogram buckets cumulative up to {@code +Inf} equal to {@code
 * _count}.
 */
final class TextFormat {
  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]Inf|NaN");
  private static final Pattern TIMESTAMP = Pattern.compile("-?\\d+");
  private static final Set<String> TYPES =
      Set.of("counter", "gauge", "histogram", "summary", "untyped");

  /**
   * One scrape.
   *
   * @param samples every sample by series, written {@code name{a="x",b="y"}} with the labels
   *     sorted by name and escaped as exposed, or just {@code name} without labels
   * @param types each family's type, by family name
   */
  record Exposition(Map<String, Double> samples, Map<String, String> types) {
    /** The series of one sample name, such as {@code http_request_total}, with their values. */
    Map<String, Double> named(String sampleName) {
      Map<String, Double> named = new TreeMap<>();
      samples.forEach(
          (series, value) -> {
            if (series.equals(sampleName) || series.startsWith(sampleName + "{")) {
              named.put(series, value);
            }
          });
      return named;
    }
  }

  private final Map<String, Double> samples = new LinkedHashMap<>();
  private final Map<String, String> types = new HashMap<>();
  private final Set<String> helped = new HashSet<>();
  private final Set<String> finishedFamilies = new HashSet<>();
  private final List<String[]> buckets = new ArrayList<>();
  private String family;
  private String familyType = "untyped";
  private int lineNumber;

  private TextFormat() {}

  /** @throws IllegalArgumentException naming the line, for anything the format does not allow */
  static Exposition parse(String text) {
    TextFormat reader = new TextFormat();
    if (!text.isEmpty() && !text.endsWith("\n")) {
      throw new IllegalArgumentException("the exposition does not end with a line feed");
    }
    for (String line : text.split("\n", -1)) {
      reader.lineNumber++;
      try {
        reader.line(line);
      } catch (RuntimeException malformed) {
        throw new IllegalArgumentException(
            "line " + reader.lineNumber + ": " + malformed.getMessage() + ": " + line, malformed);
      }
    }
    reader.checkHistograms();
    return new Exposition(reader.samples, reader.types);
  }

  private void line(String line) {
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
      String[] parts = line.split(" ", 4);
      require(parts.length >= 3 && METRIC_NAME.matcher(parts[2]).matches(), "bad metric name");
      if (parts[1].equals("HELP")) {
        require(helped.add(parts[2]), "second HELP");
        unescape(parts.length == 4 ? parts[3] : "", false);
      } else {
        require(parts.length == 4 && TYPES.contains(parts[3]), "bad type");
        require(!types.containsKey(parts[2]), "second TYPE");
        enterFamily(parts[2], parts[3]);
      }
    } else if (!line.startsWith("#")) {
      sample(line);
    }
  }

  private void sample(String line) {
    int nameEnd = 0;
    while (nameEnd < line.length() && line.charAt(nameEnd) != '{' && line.charAt(nameEnd) != ' ') {
      nameEnd++;
    }
    String name = line.substring(0, nameEnd);
    require(METRIC_NAME.matcher(name).matches(), "bad metric name");
    TreeMap<String, String> labels = new TreeMap<>();
    int at = nameEnd;
    if (at < line.length() && line.charAt(at) == '{') {
      at = labels(line, at + 1, labels);
    }
    require(at < line.length() && line.charAt(at) == ' ', "no space before the value");
    String[] rest = line.substring(at + 1).split(" ", -1);
    require(rest.length <= 2 && FLOAT.matcher(rest[0]).matches(), "bad value");
    require(rest.length == 1 || TIMESTAMP.matcher(rest[1]).matches(), "bad timestamp");
    double value = Double.parseDouble(rest[0].replace("Inf", "Infinity"));

    if (!belongsToFamily(name)) {
      require(!finishedFamilies.contains(name) && !types.containsKey(name), "family split");
      enterFamily(name, "untyped");
    }
    if (familyType.equals("counter")) {
      require(value >= 0, "negative counter");
    }
    if (name.equals(family + "_bucket")) {
      require(labels.containsKey("le"), "bucket without le");
      buckets.add(new String[] {seriesWithout(name, labels, "le"), labels.get("le"), rest[0]});
    }
    require(samples.put(key(name, labels), value) == null, "series exposed twice");
  }

  /** Reads labels after the opening brace; returns the position after the closing one. */
  private static int labels(String line, int at, Map<String, String> labels) {
    while (line.charAt(at) != '}') {
      int eq = line.indexOf('=', at);
      require(eq > at, "label without a value");
      String name = line.substring(at, eq);
      require(LABEL_NAME.matcher(name).matches() && !name.startsWith("__"), "bad label name");
      require(line.charAt(eq + 1) == '"', "label value not quoted");
      int end = eq + 2;
      StringBuilder raw = new StringBuilder();
      while (line.charAt(end) != '"') {
        if (line.charAt(end) == '\\') {
          raw.append(line.charAt(end++));
        }
        raw.append(line.charAt(end++));
      }
      require(labels.put(name, unescape(raw.toString(), true)) == null, "label repeated");
      at = end + 1;
      if (line.charAt(at) == ',') {
        at++;
      } else {
        require(line.charAt(at) == '}', "labels not separated by commas");
      }
    }
    return at + 1;
  }

  /** The text of an escaped label value or HELP; only the escapes the format defines. */
  private static String unescape(String escaped, boolean quotes) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      require(++i < escaped.length(), "dangling backslash");
      char next = escaped.charAt(i);
      require(next == '\\' || next == 'n' || (quotes && next == '"'), "unknown escape \\" + next);
      text.append(next == 'n' ? '\n' : next);
    }
    return text.toString();
  }

  private void enterFamily(String name, String type) {
    if (family != null) {
      finishedFamilies.add(family);
    }
    family = name;
    familyType = type;
    types.put(name, type);
  }

  private boolean belongsToFamily(String name) {
    if (family == null) {
      return false;
    }
    return switch (familyType) {
      case "histogram" -> name.equals(family + "_bucket") || suffixed(name, "_sum", "_count");
      case "summary" -> name.equals(family) || suffixed(name, "_sum", "_count");
      case "counter" -> name.equals(family) || suffixed(name);
      default -> name.equals(family);
    };
  }

  private boolean suffixed(String name, String... suffixes) {
    for (String suffix : suffixes) {
      if (name.equals(family + suffix)) {
        return true;
      }
    }
    return name.equals(family + "_created");
  }

  /** Per series: buckets rise with {@code le} and end at {@code +Inf}, which equals the count. */
  private void checkHistograms() {
    Map<String, TreeMap<Double, Double>> bySeries = new HashMap<>();
    for (String[] bucket : buckets) {
      double le = Double.parseDouble(bucket[1].replace("Inf", "Infinity"));
      bySeries.computeIfAbsent(bucket[0], k -> new TreeMap<>()).put(le, Double.valueOf(bucket[2]));
    }
    bySeries.forEach(
        (series, byLe) -> {
          double previous = 0;
          for (double count : byLe.values()) {
            require(count >= previous, "buckets of " + series + " not cumulative");
            previous = count;
          }
          require(byLe.lastKey() == Double.POSITIVE_INFINITY, series + " has no +Inf bucket");
          String countSeries = series.replaceFirst("_bucket(\\{|$)", "_count$1");
          require(
              samples.get(countSeries) != null && samples.get(countSeries) == previous,
              series + ": +Inf bucket differs from _count");
        });
  }

  private static String seriesWithout(String name, TreeMap<String, String> labels, String label) {
    TreeMap<String, String> rest = new TreeMap<>(labels);
    rest.remove(label);
    return key(name, rest);
  }

  /** The series as {@link Exposition#samples} keys it. */
  static String key(String name, Map<String, String> sortedLabels) {
    if (sortedLabels.isEmpty()) {
      return name;
    }
    StringBuilder key = new StringBuilder(name).append('{');
    sortedLabels.forEach(
        (label, value) ->
            key.append(label)
                .append("=\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                .append("\","));
    key.setCharAt(key.length() - 1, '}');
    return key.toString();
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }
}
