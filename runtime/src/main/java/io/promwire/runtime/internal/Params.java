package io.promwire.runtime.internal;

import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Request;
import java.util.Optional;

/**
 * Binds path and query parameters for generated route handlers. A value that does not convert is
 * answered with 400 and a short reason that names the parameter but does not echo the value.
 */
public final class Params {
  private Params() {}

  /** A path parameter of the matched template, converted. */
  public static <T> T path(Request request, String name, Converter<T> converter) {
    String text = request.pathParam(name);
    if (text == null) {
      throw new HttpStatusException(400, "Missing path parameter '" + name + "'");
    }
    return convert(text, converter, "path parameter '" + name + "'");
  }

  /** A query parameter that must be present (the parameter is a primitive). */
  public static <T> T requiredQuery(Request request, String name, Converter<T> converter) {
    String text = request.queryParam(name);
    if (text == null) {
      throw new HttpStatusException(400, "Missing query parameter '" + name + "'");
    }
    return convert(text, converter, "query parameter '" + name + "'");
  }

  /** A query parameter that may be absent: {@code null} then. */
  public static <T> T query(Request request, String name, Converter<T> converter) {
    String text = request.queryParam(name);
    return text == null ? null : convert(text, converter, "query parameter '" + name + "'");
  }

  /** A query parameter that may be absent: empty then. */
  public static <T> Optional<T> optionalQuery(Request request, String name, Converter<T> converter) {
    return Optional.ofNullable(query(request, name, converter));
  }

  private static <T> T convert(String text, Converter<T> converter, String what) {
    try {
      return converter.parse().apply(text);
    } catch (RuntimeException invalid) {
      throw new HttpStatusException(400, "Invalid " + what + ": expected " + converter.expected());
    }
  }
}
