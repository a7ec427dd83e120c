package io.promwire.benchmarks.jaxrs;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.jaxrs.PromwireFeature;
import io.promwire.runtime.Promwire;
import io.promwire.runtime.PromwireOptions;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.micrometer.server.DefaultJerseyTagsProvider;
import org.glassfish.jersey.micrometer.server.MetricsApplicationEventListener;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * {@link BenchResource} on Jersey and Grizzly, on 127.0.0.1: {@code --mode none} bare, {@code
 * emptyFilters} with filters where promwire-jaxrs has its own that do nothing ({@link
 * EmptyFilters}), {@code promwire} with promwire-jaxrs (default HTTP metrics, its {@code /metrics}), {@code micrometer}
 * with Jersey's {@code MetricsApplicationEventListener} on Micrometer's Prometheus registry (the
 * same client_java underneath) and a {@code /metrics} resource; {@code --port N}. JVM metrics are
 * off on both metric sides, so that they record the same thing: one duration per request.
 */
public final class JerseyBenchApp {
  private JerseyBenchApp() {}

  public static void main(String[] args) {
    String mode = option(args, "--mode", "promwire");
    int port = Integer.parseInt(option(args, "--port", "18091"));
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(
            URI.create("http://127.0.0.1:" + port + "/"), config(mode));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "bench-shutdown"));
    System.out.println("mode " + mode + " on http://127.0.0.1:" + port + "/items/book");
  }

  /**
   * The application of one side: {@code none}, {@code promwire} or {@code micrometer}. {@link
   * JerseyRequestBenchmark} serves the same one without sockets.
   */
  static ResourceConfig config(String mode) {
    ResourceConfig config = new ResourceConfig().register(BenchResource.class);
    switch (mode) {
      case "none" -> { }
      case "emptyFilters" -> config.register(new EmptyFilters());
      case "promwire" -> {
        Promwire app =
            Promwire.builder()
                .module(new io.promwire.benchmarks.PromwireBootstrap())
                .registry(new PrometheusRegistry())
                .options(PromwireOptions.builder().jvmMetrics(false).build())
                .build();
        config.register(new PromwireFeature(app));
      }
      case "micrometer" -> {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        config.register(
            new MetricsApplicationEventListener(
                registry, new DefaultJerseyTagsProvider(), "http.server.requests", true));
        config.register(new MicrometerMetrics(registry));
      }
      default ->
          throw new IllegalArgumentException(
              "--mode none|emptyFilters|promwire|micrometer, not " + mode);
    }
    return config;
  }

  /** Micrometer's scrape, for checking that its side records. */
  @Path("/metrics")
  public static final class MicrometerMetrics {
    private final PrometheusMeterRegistry registry;

    MicrometerMetrics(PrometheusMeterRegistry registry) {
      this.registry = registry;
    }

    @GET
    @Produces("text/plain")
    public String scrape() {
      return registry.scrape();
    }
  }

  private static String option(String[] args, String name, String otherwise) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return otherwise;
  }
}
