package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A constant info metric with value 1, registered with the handler class; static labels only. It
 * is exposed under the name as written: a name ending in {@code _info} is a client_java info
 * metric, any other name a gauge of that name set to 1, as prometheus-flask-exporter exposes it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Info.List.class)
public @interface Info {
  /** {@return the metric name, matching {@code [a-zA-Z_:][a-zA-Z0-9_:]*}} */
  String name();

  /** {@return what the metric describes; must not be empty} */
  String help();

  /** {@return the labels, static ones ({@code value = ...}) only} */
  Label[] labels() default {};

  /** Holds repeated {@link Info} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    /** {@return the repeated annotations} */
    Info[] value();
  }
}
