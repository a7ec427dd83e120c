package io.promwire.example.quickstart;

import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;
import java.util.Arrays;

/**
 * Serves {@link ItemRoutes} and {@code /metrics} on port 8080 of every interface.
 *
 * <ul>
 *   <li>{@code --port N}: another port;
 *   <li>{@code --bind ADDRESS}: listen on that address only, such as {@code 127.0.0.1};
 *   <li>{@code --no-default-metrics}: record no default HTTP metrics (the routes' own metrics and
 *       {@code /metrics} stay), as the HTTP benchmark's "off" side does.
 * </ul>
 */
public final class QuickstartApp {
  private QuickstartApp() {}

  public static void main(String[] args) {
    ServerOptions.Builder server = ServerOptions.builder().port(intOption(args, "--port", 8080));
    String bind = option(args, "--bind");
    if (bind != null) {
      server.bindAddress(bind);
    }
    boolean defaultMetrics = !Arrays.asList(args).contains("--no-default-metrics");
    PromwireServer running =
        PromwireBootstrap.builder()
            .itemRoutes(new ItemRoutes())
            .options(PromwireOptions.builder().defaultMetrics(defaultMetrics).build())
            .build()
            .serve(server.build());
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "promwire-shutdown"));
    System.out.println(
        "Serving on http://" + (bind == null ? "localhost" : bind) + ":" + running.port()
            + "/ (metrics at /metrics" + (defaultMetrics ? ")" : ", default HTTP metrics off)"));
  }

  /** The value of {@code --name V} or {@code --name=V}, or {@code null}. */
  private static String option(String[] args, String name) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals(name) && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith(name + "=")) {
        return args[i].substring(name.length() + 1);
      }
    }
    return null;
  }

  private static int intOption(String[] args, String name, int otherwise) {
    String value = option(args, name);
    if (value == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      System.err.println(name + " needs a whole number, such as " + name + " " + otherwise);
      System.exit(2);
      return otherwise;
    }
  }
}
