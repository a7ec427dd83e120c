package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts the calls of the annotated method, also those that throw. The counter is exposed as
 * {@code <name>_total}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Counted.List.class)
public @interface Counted {
  /**
   * {@return the metric name, matching {@code [a-zA-Z_:][a-zA-Z0-9_:]*}; {@code _total} is
   * appended to it}
   */
  String name();

  /** {@return what the metric counts; must not be empty} */
  String help();

  /** {@return the counter's labels; none by default} */
  Label[] labels() default {};

  /**
   * {@return whether a counter whose labels are all static is exposed at 0 before the first call}
   */
  boolean initialValue() default true;

  /** Holds repeated {@link Counted} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** {@return the repeated annotations} */
    Counted[] value();
  }
}
