package io.promwire.runtime;

import java.util.regex.Pattern;

/**
 * The naming rules the processor applies at compile time ({@code [promwire.metricName]}, {@code
 * [promwire.labelName]}), applied to the names users give at run time, with the same wording. A
 * name is never rewritten: a name Prometheus would not accept is refused where it is given.
 */
final class NameRules {
  private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private NameRules() {}

  /**
   * @param where what the name was given to, such as {@code GroupBy.custom}
   * @return the name
   * @throws IllegalArgumentException when it is not a valid label name
   */
  static String labelName(String name, String where) {
    if (!LABEL_NAME.matcher(name).matches()) {
      throw labelNameRefused(name, "does not match [a-zA-Z_][a-zA-Z0-9_]*", where);
    }
    if (name.startsWith("__")) {
      throw labelNameRefused(
          name, "starts with '__', which Prometheus reserves for its own labels", where);
    }
    return name;
  }

  /**
   * @param where what the name was given to, such as {@code MetricDefinition.counter}
   * @return the name
   * @throws IllegalArgumentException when it is not a valid metric name
   */
  static String metricName(String name, String where) {
    if (!METRIC_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "[promwire.metricName] metric name '"
              + name
              + "' does not match [a-zA-Z_:][a-zA-Z0-9_:]*: use letters, digits, '_' and ':',"
              + " and do not start with a digit ("
              + where
              + ")");
    }
    return name;
  }

  /**
   * A counter or info name that is only the suffix client_java strips ({@code _total}, {@code
   * _info}) leaves no name, as the processor's second {@code [promwire.metricName]} rule says.
   */
  static String notOnlySuffix(String name, String suffix, String where) {
    if (name.equals(suffix)) {
      throw new IllegalArgumentException(
          "[promwire.metricName] "
              + where
              + " name '"
              + name
              + "' is only the suffix client_java strips from it, which leaves no name: put a"
              + " name before it, such as requests"
              + suffix);
    }
    return name;
  }

  /**
   * The prefix of the default metric names: empty, or a valid metric name itself, since it is put
   * in front of one with an underscore.
   */
  static String prefix(String prefix) {
    return prefix.isEmpty() ? prefix : metricName(prefix, "PromwireOptions.prefix");
  }

  private static IllegalArgumentException labelNameRefused(String name, String why, String where) {
    return new IllegalArgumentException(
        "[promwire.labelName] label name '"
            + name
            + "' "
            + why
            + ": use letters, digits and '_', do not start with a digit or with '__' ("
            + where
            + ")");
  }
}
