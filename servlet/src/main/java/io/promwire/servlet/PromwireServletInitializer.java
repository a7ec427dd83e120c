package io.promwire.servlet;

import io.promwire.runtime.Promwire;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Registers an app on a servlet context while it starts, without {@code web.xml}: call {@link
 * #register} from your own {@link ServletContainerInitializer} (listed in {@code
 * META-INF/services/jakarta.servlet.ServletContainerInitializer}, or handed to an embedded
 * container) or from a {@code ServletContextListener}. promwire ships no initializer of its own,
 * because only your code can make the handler instances.
 *
 * <pre>{@code
 * public final class MetricsInitializer implements ServletContainerInitializer {
 *   public void onStartup(Set<Class<?>> classes, ServletContext context) {
 *     Promwire app = PromwireBootstrap.builder().itemRoutes(new ItemRoutes()).build();
 *     PromwireServletInitializer.register(context, app);
 *   }
 * }
 * }</pre>
 */
public final class PromwireServletInitializer {
  /** The name of the {@link PromwireMetricsFilter} registration. */
  public static final String FILTER_NAME = "promwire-metrics-filter";
  /** The name of the {@link PromwireServlet} registration. */
  public static final String ROUTES_SERVLET_NAME = "promwire-routes";
  /** The name of the {@link PromwireMetricsServlet} registration. */
  public static final String METRICS_SERVLET_NAME = "promwire-metrics";

  private PromwireServletInitializer() {}

  /**
   * Registers, on a context that is being initialized:
   *
   * <ul>
   *   <li>{@link PromwireMetricsFilter} at {@code /*} for request dispatches, before the filters
   *       of {@code web.xml}, with async support, so every servlet's requests are measured;
   *   <li>{@link PromwireServlet} as the default servlet ({@code /}), when the app has any route;
   *       an app that only measures other servlets keeps the container's default servlet;
   *   <li>{@link PromwireMetricsServlet} at the options' metrics path, unless it is {@code null}.
   * </ul>
   *
   * @param context the context being initialized, from a {@code ServletContainerInitializer} or
   *     a {@code ServletContextListener}
   * @param app the app to serve and measure
   * @throws IllegalStateException when the context has already been initialized, already has a
   *     filter or servlet of one of these names, or has another servlet mapped at {@code /} or the
   *     metrics path (a container's overridable default servlet is replaced)
   */
  public static void register(ServletContext context, Promwire app) {
    FilterRegistration.Dynamic filter =
        requireNew(context.addFilter(FILTER_NAME, new PromwireMetricsFilter(app)), FILTER_NAME);
    filter.setAsyncSupported(true);
    filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    if (app.hasRoutes()) {
      addServlet(context, ROUTES_SERVLET_NAME, new PromwireServlet(app), "/");
    }
    String metricsPath = app.options().metricsPath();
    if (metricsPath != null) {
      addServlet(context, METRICS_SERVLET_NAME, new PromwireMetricsServlet(app), metricsPath);
    }
  }

  private static void addServlet(
      ServletContext context, String name, Servlet servlet, String pattern) {
    ServletRegistration.Dynamic registration = requireNew(context.addServlet(name, servlet), name);
    // Routes that answer through a CompletionStage free the container's thread while they wait.
    registration.setAsyncSupported(true);
    // A pattern another servlet holds is not taken over silently: the user must choose.
    Set<String> conflicts = registration.addMapping(pattern);
    if (!conflicts.isEmpty()) {
      throw new IllegalStateException(
          name + " cannot be mapped at " + pattern + ": another servlet is mapped there");
    }
  }

  /** {@code ServletContext.addFilter} and {@code addServlet} return null for a taken name. */
  private static <R> R requireNew(R registration, String name) {
    if (registration == null) {
      throw new IllegalStateException("the servlet context already has a registration " + name);
    }
    return registration;
  }
}
