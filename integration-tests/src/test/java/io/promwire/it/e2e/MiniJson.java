package io.promwire.it.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON into maps, lists, strings, doubles, booleans and null: enough for Prometheus's API
 * answers and promwire's metrics catalogue, without a JSON library in the build.
 */
final class MiniJson {
  private final String text;
  private int at;

  private MiniJson(String text) {
    this.text = text;
  }

  static Object parse(String text) {
    MiniJson parser = new MiniJson(text);
    Object value = parser.value();
    parser.skipBlanks();
    if (parser.at != text.length()) {
      throw parser.error("trailing text");
    }
    return value;
  }

  /** The object member at {@code path} of a parsed document, such as {@code "data", "result"}. */
  @SuppressWarnings("unchecked")
  static <T> T at(Object document, String... path) {
    Object value = document;
    for (String key : path) {
      if (!(value instanceof Map<?, ?> map) || !map.containsKey(key)) {
        throw new AssertionError("no '" + key + "' in " + value);
      }
      value = map.get(key);
    }
    return (T) value;
  }

  private Object value() {
    skipBlanks();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    at++;
    skipBlanks();
    if (peek('}')) {
      return members;
    }
    do {
      skipBlanks();
      String key = string();
      skipBlanks();
      expect(':');
      members.put(key, value());
      skipBlanks();
    } while (peek(','));
    expect('}');
    return members;
  }

  private List<Object> array() {
    List<Object> elements = new ArrayList<>();
    at++;
    skipBlanks();
    if (peek(']')) {
      return elements;
    }
    do {
      elements.add(value());
      skipBlanks();
    } while (peek(','));
    expect(']');
    return elements;
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = text.charAt(at++);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> out.append(escaped); // \" \\ \/
      }
    }
  }

  private Double number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw error("unexpected character");
    }
    return Double.valueOf(text.substring(start, at));
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("expected " + word);
    }
    at += word.length();
    return value;
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipBlanks() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String problem) {
    String around = text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
    return new IllegalArgumentException(problem + " at " + at + " of JSON, near: " + around);
  }
}
