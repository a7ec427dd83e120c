/**
 * A promwire app on any Jakarta Servlet 6 container (Jetty, Tomcat, Undertow): its routes ({@link
 * io.promwire.servlet.PromwireServlet}), the default HTTP metrics of every request the container
 * serves ({@link io.promwire.servlet.PromwireMetricsFilter}) and the metrics endpoint ({@link
 * io.promwire.servlet.PromwireMetricsServlet}), or all three at once ({@link
 * io.promwire.servlet.PromwireServletInitializer}). A server adapter beside the JDK server of
 * {@code io.promwire.runtime.jdk}.
 *
 * <p>For users. Its public types follow semantic versioning.
 */
package io.promwire.servlet;
