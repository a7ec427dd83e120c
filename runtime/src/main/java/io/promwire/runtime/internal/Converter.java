package io.promwire.runtime.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * Turns the text of a path or query parameter into a parameter type; generated code names one per
 * parameter.
 *
 * @param expected what a valid value is, for the 400 message, such as {@code "an integer"}
 * @param parse the conversion; any runtime exception means the value is invalid
 */
public record Converter<T>(String expected, Function<String, T> parse) {
  public static final Converter<String> STRING = new Converter<>("text", Function.identity());
  public static final Converter<Integer> INT = new Converter<>("an integer", Integer::valueOf);
  public static final Converter<Long> LONG = new Converter<>("an integer", Long::valueOf);
  public static final Converter<Double> DOUBLE = new Converter<>("a number", Double::valueOf);
  public static final Converter<Boolean> BOOLEAN =
      new Converter<>("true or false", Converter::parseBoolean);
  public static final Converter<java.util.UUID> UUID =
      new Converter<>("a UUID", java.util.UUID::fromString);

  public Converter {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(parse, "parse");
  }

  /** An enum converter: {@code Converter.ofEnum("one of RED, GREEN", Color::valueOf)}. */
  public static <E extends Enum<E>> Converter<E> ofEnum(String expected, Function<String, E> valueOf) {
    return new Converter<>(expected, valueOf);
  }

  private static Boolean parseBoolean(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not a boolean");
  }
}
