package io.promwire.example.quickstart;

import io.promwire.runtime.PromwireServer;

/** Serves {@link ItemRoutes} and {@code /metrics} on port 8080, or the one given by {@code --port N}. */
public final class QuickstartApp {
  private QuickstartApp() {}

  public static void main(String[] args) {
    int port = portFrom(args);
    PromwireServer server =
        PromwireBootstrap.builder().itemRoutes(new ItemRoutes()).build().serve(port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "promwire-shutdown"));
    System.out.println("Serving on http://localhost:" + server.port() + "/ (metrics at /metrics)");
  }

  private static int portFrom(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        return Integer.parseInt(args[i + 1]);
      }
      if (args[i].startsWith("--port=")) {
        return Integer.parseInt(args[i].substring("--port=".length()));
      }
    }
    return 8080;
  }
}
