package io.promwire.processor.model;

import javax.lang.model.element.TypeElement;

/**
 * How the text of a path or query parameter converts to a method parameter's type.
 *
 * @param conversion the runtime converter, or {@link Conversion#NONE} for unsupported types
 * @param primitive whether the parameter is a primitive, so a query parameter must be present
 * @param optional whether the parameter is {@code Optional<...>} of the converted type
 * @param enumType the enum of {@link Conversion#ENUM}, else null
 * @param written the parameter type as written, for messages
 */
public record ValueType(
    Conversion conversion,
    boolean primitive,
    boolean optional,
    TypeElement enumType,
    String written) {

  /** The converters of {@code io.promwire.runtime.internal.Converter}. */
  public enum Conversion {
    /** {@code String}, as is. */
    STRING,
    /** {@code int} or {@code Integer}. */
    INT,
    /** {@code long} or {@code Long}. */
    LONG,
    /** {@code boolean} or {@code Boolean}. */
    BOOLEAN,
    /** {@code double} or {@code Double}. */
    DOUBLE,
    /** {@code java.util.UUID}. */
    UUID,
    /** An enum, by constant name. */
    ENUM,
    /** A type with no converter. */
    NONE
  }

  /** {@return whether a converter exists for the type} */
  public boolean isSupported() {
    return conversion != Conversion.NONE;
  }
}
