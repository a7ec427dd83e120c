package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Observes the duration of each call of the annotated method, in seconds, in a summary. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Summary.List.class)
public @interface Summary {
  /** The metric name, matching {@code [a-zA-Z_:][a-zA-Z0-9_:]*}. */
  String name();

  /** What the metric measures; must not be empty. */
  String help();

  /** Labels; {@code quantile} is reserved. */
  Label[] labels() default {};

  /** Quantiles to compute, each in (0, 1); none gives only {@code _count} and {@code _sum}. */
  double[] quantiles() default {};

  /** Whether a summary whose labels are all static is exposed at 0 before the first call. */
  boolean initialValue() default true;

  /** Holds repeated {@link Summary} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    Summary[] value();
  }
}
