package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A path prefix, such as {@code /api}, put in front of every route template of the class. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RoutePrefix {
  /** {@return the prefix, such as {@code /api}} */
  String value();
}
