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
  /** {@return the metric name, matching {@code [a-zA-Z_:][a-zA-Z0-9_:]*}} */
  String name();

  /** {@return what the metric measures; must not be empty} */
  String help();

  /** {@return the labels; {@code quantile} is reserved} */
  Label[] labels() default {};

  /**
   * {@return quantiles to compute, each in (0, 1); none gives only {@code _count} and {@code _sum}}
   */
  double[] quantiles() default {};

  /**
   * {@return whether a summary whose labels are all static is exposed at 0 before the first call}
   */
  boolean initialValue() default true;

  /** Holds repeated {@link Summary} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.METHOD)
  @interface List {
    /** {@return the repeated annotations} */
    Summary[] value();
  }
}
