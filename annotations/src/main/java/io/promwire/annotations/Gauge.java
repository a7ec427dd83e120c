package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tracks the calls of the annotated method in progress: +1 on entry, -1 on exit, also when the
 * method throws. Labels must be known on entry, so {@code STATUS}, {@code EXCEPTION} and a plain
 * {@code LabelResolver} are not allowed here; {@code RAW_PATH} and a {@code RequestLabelResolver}
 * are.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Gauge.List.class)
public @interface Gauge {
  /** {@return the metric name, matching {@code [a-zA-Z_:][a-zA-Z0-9_:]*}} */
  String name();

  /** {@return what the metric measures; must not be empty} */
  String help();

  /** {@return the gauge's labels, whose values must be known on entry; none by default} */
  Label[] labels() default {};

  /**
   * {@return whether a gauge whose labels are all static is exposed at 0 before the first call}
   */
  boolean initialValue() default true;

  /** Holds repeated {@link Gauge} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** {@return the repeated annotations} */
    Gauge[] value();
  }
}
