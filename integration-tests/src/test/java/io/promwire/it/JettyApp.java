package io.promwire.it;

import io.promwire.runtime.Promwire;
import io.promwire.servlet.PromwireServletInitializer;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** An app on an embedded Jetty 12 (ee10) servlet context, on a free loopback port. */
final class JettyApp extends RunningApp {
  /** Where {@link #serve(Promwire)} maps the {@link LegacyServlet}. */
  static final String LEGACY_MAPPING = "/legacy/*";

  private final Server server;
  private final ServerConnector connector;

  private JettyApp(
      Promwire app, String contextPath, Consumer<ServletContextHandler> setup, Server server) {
    super(app, contextPath);
    this.server = server;
    this.connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    // As the README's production notes set Jetty up: a listen backlog that takes a burst, and a
    // fixed send buffer, so that a client that never reads its answers soon blocks the writes to
    // it instead of having Jetty parse and answer every request it pipelines.
    connector.setAcceptQueueSize(1024);
    connector.setAcceptedSendBufferSize(32 * 1024);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler(contextPath);
    setup.accept(context);
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not start", e);
    }
  }

  /**
   * The app registered as users of a container do, from a {@code ServletContainerInitializer} at
   * the root context, beside a plain servlet at {@value #LEGACY_MAPPING}.
   */
  static JettyApp serve(Promwire app) {
    return new JettyApp(app, "", registered(app), new Server());
  }

  /** As {@link #serve(Promwire)}, on a pool of at most this many threads, Jetty's own included. */
  static JettyApp serveOnThreads(Promwire app, int maxThreads) {
    return new JettyApp(app, "", registered(app), new Server(new QueuedThreadPool(maxThreads)));
  }

  private static Consumer<ServletContextHandler> registered(Promwire app) {
    return context -> {
      context.addServletContainerInitializer(
          (classes, servlets) -> PromwireServletInitializer.register(servlets, app));
      addLegacyServlet(context);
    };
  }

  /** The app under a context path, with servlets and filters registered by {@code setup}. */
  static JettyApp serve(Promwire app, String contextPath, Consumer<ServletContextHandler> setup) {
    return new JettyApp(app, contextPath, setup, new Server());
  }

  static void addLegacyServlet(ServletContextHandler context) {
    ServletHolder legacy = new ServletHolder("legacy", new LegacyServlet());
    legacy.setAsyncSupported(true);
    context.addServlet(legacy, LEGACY_MAPPING);
  }

  @Override
  int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop", e);
    }
  }
}
