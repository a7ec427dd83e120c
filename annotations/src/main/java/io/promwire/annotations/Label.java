package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One label of a metric: its name and exactly one source of its value.
 *
 * <pre>{@code
 * @Label(name = "tier", value = "gold")                    // static
 * @Label(name = "item_type", pathParam = "type")           // the {type} path segment
 * @Label(name = "status", from = LabelSource.STATUS)       // the response status
 * @Label(name = "tenant", resolver = TenantResolver.class) // io.promwire.runtime.LabelResolver
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Label {
  /**
   * {@return the label name, matching {@code [a-zA-Z_][a-zA-Z0-9_]*} and not starting with
   * {@code __}}
   */
  String name();

  /** {@return a static value} */
  String value() default "";

  /** {@return the name of a {@code {name}} segment of the route template} */
  String pathParam() default "";

  /** {@return the name of a query parameter; absent parameters give the empty value} */
  String queryParam() default "";

  /** {@return the name of a request header; absent headers give the empty value} */
  String header() default "";

  /** {@return a value taken from the request or the response} */
  LabelSource from() default LabelSource.NONE;

  /**
   * {@return a class with a no-argument constructor implementing either {@code
   * io.promwire.runtime.LabelResolver}, called after the method with the request, the response and
   * the thrown exception, or {@code io.promwire.runtime.RequestLabelResolver}, called with the
   * request alone, on entry for gauges}
   */
  Class<?> resolver() default void.class;
}
