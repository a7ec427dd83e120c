package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.example.shop.ShopApp;
import io.promwire.runtime.MetricsAuth;
import io.promwire.runtime.Promwire;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop example wired as its {@code main} wires it, served on a free loopback port, called as
 * the README calls it and scraped with the credentials a Prometheus would send.
 */
class ShopHttpTest {
  private static final String USER = "prom";
  private static final String PASSWORD = "s3cret";

  private RunningApp shop;

  @BeforeEach
  void start() {
    shop =
        JdkServerApp.serve(
            ShopApp.wire(new PrometheusRegistry(), "eu-1", MetricsAuth.basic(USER, PASSWORD)));
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @Test
  void aKnownSetOfRequestsGivesExactlyTheseSeries() {
    assertThat(shop.get("/products").body())
        .isEqualTo("p-1 teapot 25.00\np-2 kettle 40.00\np-3 mug 8.50\n");
    assertThat(shop.get("/products/p-2").body()).isEqualTo("p-2 kettle 40.00");
    HttpResponse<String> unknown = shop.get("/products/p-9");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("no such product");

    HttpResponse<String> placed = order("acme", "p-1");
    assertThat(placed.statusCode()).isEqualTo(201);
    assertThat(placed.headers().firstValue("Location")).hasValue("/orders/1");
    assertThat(placed.body()).isEqualTo("order 1: teapot\n");
    assertThat(order("acme", "p-3").statusCode()).isEqualTo(201);
    assertThat(order("globex", "p-2").statusCode()).isEqualTo(201);
    HttpResponse<String> empty = order("globex", "");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).isEqualTo("send the id of a product as the body, such as p-1");
    assertThat(order(null, "p-3").body()).isEqualTo("order 4: mug\n");

    String scrape = scrape(basic(USER, PASSWORD)).body();
    // The prefix is on every default metric, the region on every metric.
    assertThat(Scrape.series(scrape, "shop_http_request_total"))
        .containsExactly(
            "shop_http_request_total{method=\"GET\",region=\"eu-1\",status=\"200\"} 2.0",
            "shop_http_request_total{method=\"GET\",region=\"eu-1\",status=\"404\"} 1.0",
            "shop_http_request_total{method=\"POST\",region=\"eu-1\",status=\"201\"} 4.0",
            "shop_http_request_total{method=\"POST\",region=\"eu-1\",status=\"400\"} 1.0");
    assertThat(Scrape.series(scrape, "http_request_")).isEmpty();
    assertThat(Scrape.series(scrape, "shop_exporter_info"))
        .containsExactly(
            "shop_exporter_info{region=\"eu-1\",version=\"" + Promwire.version() + "\"} 1");
    // The tenant from the header, empty when there was none; a refused order counts too.
    assertThat(Scrape.series(scrape, "orders_total"))
        .containsExactly(
            "orders_total{region=\"eu-1\",status=\"201\",tenant=\"\"} 1.0",
            "orders_total{region=\"eu-1\",status=\"201\",tenant=\"acme\"} 2.0",
            "orders_total{region=\"eu-1\",status=\"201\",tenant=\"globex\"} 1.0",
            "orders_total{region=\"eu-1\",status=\"400\",tenant=\"globex\"} 1.0");
    // The lookup's own buckets; the 404 was a call too.
    assertThat(Scrape.series(scrape, "product_lookup_seconds_bucket"))
        .extracting(line -> line.substring(line.indexOf("le=\"") + 4, line.indexOf("\"}")))
        .containsExactlyInAnyOrder("0.001", "0.005", "0.025", "0.1", "+Inf");
    assertThat(Scrape.series(scrape, "product_lookup_seconds_bucket"))
        .contains("product_lookup_seconds_bucket{region=\"eu-1\",le=\"+Inf\"} 2");
    assertThat(Scrape.series(scrape, "product_lookup_seconds_count"))
        .containsExactly("product_lookup_seconds_count{region=\"eu-1\"} 2");
  }

  @Test
  void metricsNeedTheCredentials() {
    HttpResponse<String> anonymous = scrape(null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"metrics\", charset=\"UTF-8\"");
    assertThat(anonymous.body()).isEmpty();
    assertThat(scrape(basic(USER, "wrong")).statusCode()).isEqualTo(401);

    HttpResponse<String> allowed = scrape(basic(USER, PASSWORD));
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.body()).contains("# TYPE product_lookup_seconds histogram");
    // Scrapes, refused or not, are not requests of the shop.
    assertThat(Scrape.series(allowed.body(), "shop_http_request_total")).isEmpty();
  }

  /** {@code curl -X POST -H 'X-Tenant: tenant' --data body /orders}; no header when null. */
  private HttpResponse<String> order(String tenant, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(shop.uri("/orders"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (tenant != null) {
      request.header("X-Tenant", tenant);
    }
    return RunningApp.send(request.build());
  }

  private HttpResponse<String> scrape(String authorization) {
    return authorization == null
        ? shop.get("/metrics")
        : shop.get("/metrics", "Authorization", authorization);
  }

  private static String basic(String user, String password) {
    byte[] credentials = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
    return "Basic " + Base64.getEncoder().encodeToString(credentials);
  }
}
