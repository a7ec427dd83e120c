package io.promwire.example.shop;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.shop.catalog.Catalog;
import io.promwire.example.shop.catalog.CatalogRoutes;
import io.promwire.example.shop.orders.OrderRoutes;
import io.promwire.runtime.MetricsAuth;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import io.promwire.runtime.jdk.PromwireServer;
import io.promwire.runtime.jdk.ServerOptions;

/**
 * Serves the shop: {@link CatalogRoutes} and {@link OrderRoutes}, with metric names prefixed
 * {@code shop}, a {@code region} label on every metric and {@code /metrics} behind basic auth.
 *
 * <p>The user name and password for {@code /metrics} come from the environment variables {@value
 * #METRICS_USER} and {@value #METRICS_PASSWORD}. Flags: {@code --port N} (8081), {@code --bind
 * ADDRESS} (every interface), {@code --region NAME} ({@code local}).
 */
public final class ShopApp {
  public static final String METRICS_USER = "SHOP_METRICS_USER";
  public static final String METRICS_PASSWORD = "SHOP_METRICS_PASSWORD";
  static final int DEFAULT_PORT = 8081;

  private ShopApp() {}

  /**
   * The shop, wired: what {@link #main} serves. The generated {@code PromwireBootstrap} is in this
   * package, the longest one the two handler packages have in common.
   */
  public static Promwire wire(PrometheusRegistry registry, String region, MetricsAuth metricsAuth) {
    Catalog catalog = Catalog.sample();
    return PromwireBootstrap.builder()
        .catalogRoutes(new CatalogRoutes(catalog))
        .orderRoutes(new OrderRoutes(catalog))
        .registry(registry)
        .options(
            PromwireOptions.builder()
                .prefix("shop") // shop_http_request_total, ...; the handlers' own names stay
                .defaultLabel("region", region) // on the default and the handlers' metrics
                .metricsAuth(metricsAuth)
                .build())
        .build();
  }

  public static void main(String[] args) {
    Flags flags = Flags.parse(args, "--port", "--bind", "--region");
    MetricsAuth metricsAuth;
    try {
      metricsAuth = MetricsAuth.basicFromEnv(METRICS_USER, METRICS_PASSWORD);
    } catch (IllegalStateException unset) {
      System.err.println(
          "The shop's /metrics is behind basic auth, and "
              + unset.getMessage()
              + ".\nSet "
              + METRICS_USER
              + " and "
              + METRICS_PASSWORD
              + " to the user name and password scrapes must send, such as:\n  "
              + METRICS_USER
              + "=prom "
              + METRICS_PASSWORD
              + "=demo java -jar examples/shop/target/shop.jar");
      System.exit(2);
      return;
    }
    ServerOptions.Builder server =
        ServerOptions.builder().port(flags.intValue("--port", DEFAULT_PORT));
    String bind = flags.value("--bind", null);
    if (bind != null) {
      server.bindAddress(bind);
    }
    PromwireServer running =
        wire(PrometheusRegistry.defaultRegistry, flags.value("--region", "local"), metricsAuth)
            .serve(server.build());
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "shop-shutdown"));
    System.out.println(
        "Serving the shop on http://" + (bind == null ? "localhost" : bind) + ":" + running.port()
            + "/ (metrics at /metrics, for " + METRICS_USER + ")");
  }
}
