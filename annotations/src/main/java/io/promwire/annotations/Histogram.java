package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Observes the duration of each call of the annotated method, in seconds, in a histogram. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Histogram.List.class)
public @interface Histogram {
  /** {@return the metric name, matching {@code [a-zA-Z_:][a-zA-Z0-9_:]*}} */
  String name();

  /** {@return what the metric measures; must not be empty} */
  String help();

  /** {@return the labels; {@code le} is reserved for the bucket bound} */
  Label[] labels() default {};

  /** {@return upper bounds of the buckets in seconds: finite, non-negative, strictly increasing} */
  double[] buckets() default {.005, .01, .025, .05, .075, .1, .25, .5, .75, 1, 2.5, 5, 7.5, 10};

  /**
   * {@return whether a histogram whose labels are all static is exposed at 0 before the first call}
   */
  boolean initialValue() default true;

  /** Holds repeated {@link Histogram} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** {@return the repeated annotations} */
    Histogram[] value();
  }
}
