package io.promwire.example.jaxrs;

import io.promwire.jaxrs.PromwireFeature;
import io.promwire.runtime.Promwire;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Serves {@link ItemResource} and {@code /metrics} with Jersey on Grizzly, on port
 * 8080 of localhost ({@code --port N} for another).
 */
public final class JaxrsQuickstartApp {
  private JaxrsQuickstartApp() {}

  /**
   * The Jersey application: the quickstart resource as a singleton, {@link SearchResource} made
   * per request by Jersey, and promwire's feature for the wired app.
   */
  public static ResourceConfig application(Promwire app, ItemResource resource) {
    return new ResourceConfig()
        .register(resource)
        .register(SearchResource.class)
        .register(new PromwireFeature(app));
  }

  public static void main(String[] args) {
    int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 8080;
    Promwire app = PromwireBootstrap.builder().build();
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://localhost:" + port + "/"),
            application(app, new ItemResource()));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "promwire-shutdown"));
    System.out.println("Serving on http://localhost:" + port + "/ (metrics at /metrics)");
  }
}
