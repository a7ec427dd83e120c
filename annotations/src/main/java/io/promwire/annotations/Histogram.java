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
  /** The metric name, matching {@code [a-zA-Z_:][a-zA-Z0-9_:]*}. */
  String name();

  /** What the metric measures; must not be empty. */
  String help();

  /** Labels; {@code le} is reserved for the bucket bound. */
  Label[] labels() default {};

  /** Upper bounds of the buckets in seconds: finite, non-negative, strictly increasing. */
  double[] buckets() default {.005, .01, .025, .05, .075, .1, .25, .5, .75, 1, 2.5, 5, 7.5, 10};

  /** Whether a histogram whose labels are all static is exposed at 0 before the first call. */
  boolean initialValue() default true;

  /** Holds repeated {@link Histogram} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    Histogram[] value();
  }
}
