package io.promwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records nothing for this route: no default HTTP metrics, none of the method's own metrics and no
 * metric registered for every route. The method's own metrics are still registered, at 0 where
 * their labels are all static, as prometheus-flask-exporter exposes them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ExcludeAllMetrics {}
