/**
 * The embedded server: the app on the JDK's own {@code com.sun.net.httpserver.HttpServer}, with
 * no dependency ({@link io.promwire.runtime.jdk.PromwireServer}, {@link
 * io.promwire.runtime.jdk.ServerOptions}), and the metrics alone on a port of their own ({@link
 * io.promwire.runtime.jdk.MetricsServer}). A server adapter like any other, beside {@code
 * io.promwire.servlet}.
 *
 * <p>For users. Its public types follow semantic versioning.
 */
package io.promwire.runtime.jdk;
