package io.promwire.processor;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON text from maps, lists, strings, numbers and booleans, pretty-printed with two
 * spaces: enough for the metrics catalogue, so the processor needs no JSON library on javac's
 * processor path. Arrays of plain values stay on one line, so that a catalogue diff shows whole
 * label or bucket lists; objects and arrays of objects get a line per member.
 */
final class Json {
  private static final String INDENT = "  ";

  private Json() {}

  /** The value as a JSON document ending in a line break. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    value(out, value, 0);
    return out.append('\n').toString();
  }

  /** {@code text} as a JSON string literal, quotes included. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static void value(StringBuilder out, Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      object(out, map, depth);
    } else if (value instanceof List<?> list) {
      array(out, list, depth);
    } else if (value instanceof String text) {
      out.append(quote(text));
    } else if (value instanceof Double number) {
      if (!Double.isFinite(number)) {
        throw new IllegalArgumentException("JSON has no " + number);
      }
      out.append(number);
    } else if (value instanceof Integer || value instanceof Boolean) {
      out.append(value);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value);
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      newLine(out, depth + 1).append(quote((String) entry.getKey())).append(": ");
      value(out, entry.getValue(), depth + 1);
      if (entries.hasNext()) {
        out.append(',');
      }
    }
    newLine(out, depth).append('}');
  }

  private static void array(StringBuilder out, List<?> list, int depth) {
    boolean plain = list.stream().noneMatch(e -> e instanceof Map || e instanceof List);
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (plain) {
        out.append(i == 0 ? "" : ", ");
      } else {
        newLine(out, depth + 1);
      }
      value(out, list.get(i), depth + 1);
      if (!plain && i < list.size() - 1) {
        out.append(',');
      }
    }
    if (!plain && !list.isEmpty()) {
      newLine(out, depth);
    }
    out.append(']');
  }

  private static StringBuilder newLine(StringBuilder out, int depth) {
    return out.append('\n').append(INDENT.repeat(depth));
  }
}
