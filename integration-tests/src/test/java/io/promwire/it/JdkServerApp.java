package io.promwire.it;

import io.promwire.runtime.Promwire;
import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;

/** An app on promwire's embedded server, the JDK's {@code HttpServer}. */
final class JdkServerApp extends RunningApp {
  private final PromwireServer server;

  private JdkServerApp(Promwire app) {
    super(app, "");
    this.server = app.serve(ServerOptions.builder().bindAddress("127.0.0.1").port(0).build());
  }

  static JdkServerApp serve(Promwire app) {
    return new JdkServerApp(app);
  }

  @Override
  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
  }
}
