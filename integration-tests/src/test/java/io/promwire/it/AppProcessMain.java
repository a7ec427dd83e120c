package io.promwire.it;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.quickstart.ItemRoutes;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The main class {@link AppProcess} runs: serves an app on a free loopback port, tells the port,
 * then answers commands read from standard input until it closes.
 *
 * <p>Arguments: the server ({@code jdk}: promwire's {@code PromwireServer}; {@code jetty}: Jetty
 * through promwire-servlet) and the app ({@code hostile}: {@link CardinalityTest}'s target, with
 * labels from paths, queries, headers and raw paths; {@code quickstart}: the quickstart beside the
 * shop's order route, which reads its body). Commands: {@code heap} tells the bytes of heap in use
 * after garbage collection.
 */
public final class AppProcessMain {
  /** Starts the lines that answer {@link AppProcess}, among whatever else the app logs. */
  static final String ANSWER_MARK = "app-process: ";

  private AppProcessMain() {}

  public static void main(String[] args) throws Exception {
    Promwire app =
        switch (args[1]) {
          case "hostile" -> CardinalityTest.hostileTarget(PromwireOptions.builder());
          case "quickstart" -> quickstartAndShop();
          default -> throw new IllegalArgumentException("no app " + args[1]);
        };
    RunningApp served =
        switch (args[0]) {
          case "jdk" -> JdkServerApp.serve(app);
          case "jetty" -> JettyApp.serve(app);
          default -> throw new IllegalArgumentException("no server " + args[0]);
        };
    answer("port " + served.port());
    BufferedReader commands =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String command; (command = commands.readLine()) != null; ) {
      if (command.equals("heap")) {
        answer("heap " + CardinalityTest.usedHeapAfterGc());
      }
    }
    served.close();
    // Jetty's and the JDK's threads would otherwise keep a stray child alive.
    System.exit(0);
  }

  /** The quickstart's routes and the shop's {@code POST /orders}, which reads its body. */
  private static Promwire quickstartAndShop() {
    io.promwire.example.shop.catalog.Catalog catalog = io.promwire.example.shop.catalog.Catalog.sample();
    return Promwire.builder()
        .module(new io.promwire.example.quickstart.PromwireBootstrap())
        .module(new io.promwire.example.shop.PromwireBootstrap())
        .handler(ItemRoutes.class, new ItemRoutes(Duration.ZERO))
        .handler(
            io.promwire.example.shop.catalog.CatalogRoutes.class,
            new io.promwire.example.shop.catalog.CatalogRoutes(catalog))
        .handler(
            io.promwire.example.shop.orders.OrderRoutes.class,
            new io.promwire.example.shop.orders.OrderRoutes(catalog))
        .registry(new PrometheusRegistry())
        .options(PromwireOptions.builder().jvmMetrics(false).build())
        .build();
  }

  private static void answer(String line) {
    System.out.println(ANSWER_MARK + line);
    System.out.flush();
  }
}
