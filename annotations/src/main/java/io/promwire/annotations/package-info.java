/**
 * The annotations promwire's processor reads: routes ({@link io.promwire.annotations.Get} and the
 * other methods, {@link io.promwire.annotations.RoutePrefix}, parameters), metrics ({@link
 * io.promwire.annotations.Counted}, {@link io.promwire.annotations.Histogram}, {@link
 * io.promwire.annotations.Summary}, {@link io.promwire.annotations.Gauge}, {@link
 * io.promwire.annotations.Info}) and their labels ({@link io.promwire.annotations.Label}).
 *
 * <p>For users. No dependencies; nothing reads these annotations at run time. Its public types
 * follow semantic versioning.
 */
package io.promwire.annotations;
