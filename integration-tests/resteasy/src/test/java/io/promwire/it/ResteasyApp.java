package io.promwire.it;

import io.promwire.example.jaxrs.ItemResource;
import io.promwire.example.jaxrs.SearchResource;
import io.promwire.jaxrs.PromwireFeature;
import io.promwire.runtime.Promwire;
import io.undertow.Undertow;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/** The Jakarta REST quickstart on RESTEasy 7 and Undertow, on a free loopback port. */
final class ResteasyApp extends RunningApp {
  private final UndertowJaxrsServer server;
  private final int port;

  private ResteasyApp(Promwire app, Application application) {
    super(app, "");
    this.port = freePort();
    this.server =
        new UndertowJaxrsServer()
            .start(Undertow.builder().addHttpListener(port, "127.0.0.1"));
    server.deploy(application);
  }

  /** The quickstart resource as a singleton whose long-running request takes half a second. */
  static ResteasyApp serve(Promwire app) {
    ItemResource resource = new ItemResource(Duration.ofMillis(500));
    PromwireFeature feature = new PromwireFeature(app);
    return new ResteasyApp(
        app,
        new Application() {
          @Override
          public Set<Class<?>> getClasses() {
            return Set.of(SearchResource.class);
          }

          @Override
          public Set<Object> getSingletons() {
            return Set.of(resource, feature);
          }
        });
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  int port() {
    return port;
  }

  @Override
  public void close() {
    server.stop();
  }
}
