package io.promwire.it;

import io.promwire.runtime.Promwire;
import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An app on promwire's embedded server, the JDK's {@code HttpServer}. */
final class JdkServerApp extends RunningApp {
  private final PromwireServer server;
  private final ExecutorService workers;

  private JdkServerApp(Promwire app, ExecutorService workers) {
    super(app, "");
    ServerOptions.Builder options = ServerOptions.builder().bindAddress("127.0.0.1").port(0);
    this.server = app.serve(workers == null ? options.build() : options.executor(workers).build());
    this.workers = workers;
  }

  static JdkServerApp serve(Promwire app) {
    return new JdkServerApp(app, null);
  }

  /** The app served by a fixed pool of this many threads, stopped with the server. */
  static JdkServerApp serveOnThreads(Promwire app, int threads) {
    return new JdkServerApp(app, Executors.newFixedThreadPool(threads));
  }

  @Override
  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop();
    if (workers != null) {
      workers.shutdownNow();
    }
  }
}
