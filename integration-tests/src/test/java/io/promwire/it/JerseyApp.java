package io.promwire.it;

import io.promwire.example.jaxrs.ItemResource;
import io.promwire.example.jaxrs.JaxrsQuickstartApp;
import io.promwire.runtime.Promwire;
import java.net.URI;
import java.time.Duration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** The Jakarta REST quickstart on Jersey 4 and Grizzly, on a free loopback port. */
final class JerseyApp extends RunningApp {
  private final HttpServer server;

  private JerseyApp(Promwire app, ItemResource resource) {
    super(app, "");
    this.server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:0/"), JaxrsQuickstartApp.application(app, resource));
  }

  /** The quickstart resource as a singleton whose long-running request takes half a second. */
  static JerseyApp serve(Promwire app) {
    return serve(app, new ItemResource(Duration.ofMillis(500)));
  }

  static JerseyApp serve(Promwire app, ItemResource resource) {
    return new JerseyApp(app, resource);
  }

  @Override
  int port() {
    return server.getListeners().iterator().next().getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
