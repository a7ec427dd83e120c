package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves the annotated method for HTTP `GET` requests whose path matches the template.
 *
 * <p>The template starts with {@code /} and may hold {@code {name}} segments; a method
 * parameter of the same name (or annotated {@link PathParam}) receives the decoded segment.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Get {
  /** {@return the path template, such as {@code /items/{type}}} */
  String value();
}
