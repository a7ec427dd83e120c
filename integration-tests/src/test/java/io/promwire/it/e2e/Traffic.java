package io.promwire.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promwire.it.AsyncRoutes_Metrics;
import io.promwire.it.InventoryService_Metrics;

/**
 * Requests that reach every route of an app and every metric of its handlers, so that each metric
 * it can expose shows in a scrape: a metric with a label taken from the call appears only once
 * called.
 */
final class Traffic {
  private Traffic() {}

  /** Every route of the quickstart app, and a path it does not have. */
  static void quickstart(ServedApp app) {
    assertThat(app.get("/")).isEqualTo(200);
    assertThat(app.get("/skip")).isEqualTo(200);
    assertThat(app.get("/items/book")).isEqualTo(200);
    assertThat(app.get("/long-running")).isEqualTo(200);
    assertThat(app.get("/status/201")).isEqualTo(201);
    assertThat(app.get("/status/503")).isEqualTo(503);
    assertThat(app.get("/fail")).isEqualTo(500);
    assertThat(app.get("/no-such-page")).isEqualTo(404);
  }

  /**
   * Every route of the integration handlers ({@code io.promwire.it}), a path they do not have,
   * and direct calls of the inventory service, which has metrics but no routes.
   */
  static void integrationHandlers(ServedApp app) {
    assertThat(app.get("/greet/ada")).isEqualTo(200);
    assertThat(app.send("PUT", "/api/products/7")).isEqualTo(201);
    assertThat(app.get("/api/products/7")).isEqualTo(200);
    assertThat(app.get("/api/products/8")).isEqualTo(404);
    assertThat(app.send("PATCH", "/api/products/7/name?to=saw")).isEqualTo(200);
    assertThat(app.send("DELETE", "/api/products/7")).isEqualTo(204);
    assertThat(app.get("/api/categories/BOOKS?limit=5")).isEqualTo(200);
    assertThat(app.get("/api/lookup/3f0c3e5e-4a6e-4f0e-9b1a-2f4c5d6e7f80?format=short"))
        .isEqualTo(200);
    assertThat(app.send("POST", "/api/import?fail=false")).isEqualTo(202);
    assertThat(app.send("POST", "/api/import?fail=true")).isEqualTo(500);
    assertThat(app.get("/api/ratio/1.5")).isEqualTo(200);
    assertThat(app.get("/no-such-page")).isEqualTo(404);
    assertThat(app.get("/hazard/error")).isEqualTo(500);
    assertThat(app.get("/hazard/label/fine")).isEqualTo(200);
    assertThat(app.get("/hazard/label/throw")).isEqualTo(200);
    assertThat(app.get("/parity/hidden")).isEqualTo(200);
    assertThat(app.get("/parity/jobs/nightly")).isEqualTo(200);
    assertThat(app.send("POST", "/parity/exports")).isEqualTo(204);
    assertThat(app.get("/async/ready")).isEqualTo(200);

    InventoryService_Metrics inventory = app.app.decorator(InventoryService_Metrics.class);
    assertThat(inventory.reserve(1)).isNotNegative();
    assertThatThrownBy(() -> inventory.reserve(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(inventory.audit()).isNotNegative();
    assertThat(app.app.decorator(AsyncRoutes_Metrics.class).quote("eu").join()).isEqualTo(2);
  }
}
