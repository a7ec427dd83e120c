package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.promwire.runtime.internal.Instruments;
import io.promwire.runtime.PromwireOptions;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Calls generated decorators directly, outside any server, and reads what client_java exposes. */
class DecoratorMetricsTest {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Instruments instruments = Instruments.create(registry, PromwireOptions.defaults());

  @Test
  void countsTimesAndTracksCallsIncludingThoseThatThrow() {
    InventoryService_Metrics inventory =
        new InventoryService_Metrics(new InventoryService(5), instruments);

    assertThat(inventory.reserve(2)).isEqualTo(3);
    assertThatThrownBy(() -> inventory.reserve(9)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> inventory.reserve(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must be positive");

    String text = Scrape.text(registry);
    assertThat(Scrape.series(text, "inventory_reservations_total"))
        .containsExactly(
            "inventory_reservations_total{exception=\"IllegalArgumentException\"} 1.0",
            "inventory_reservations_total{exception=\"IllegalStateException\"} 1.0",
            "inventory_reservations_total{exception=\"none\"} 1.0");
    assertThat(Scrape.series(text, "inventory_reservation_seconds_count"))
        .containsExactly("inventory_reservation_seconds_count 3");
    assertThat(Scrape.series(text, "inventory_reservations_in_progress"))
        .containsExactly("inventory_reservations_in_progress 0.0");
  }

  @Test
  void aCallThatAnswersLaterIsRecordedBeforeItsCallerSeesTheResult() {
    AsyncRoutes_Metrics routes = new AsyncRoutes_Metrics(new AsyncRoutes(), instruments);

    CompletableFuture<Integer> quote = routes.quote("eu");
    assertThat(quote.join()).isEqualTo(2);
    // Joined, so recorded: no wait needed.
    assertThat(Scrape.series(Scrape.text(registry), "async_quotes_total"))
        .containsExactly("async_quotes_total{exception=\"none\"} 1.0");

    assertThatThrownBy(() -> routes.quote("").join())
        .hasCauseInstanceOf(IllegalArgumentException.class);

    String text = Scrape.text(registry);
    assertThat(Scrape.series(text, "async_quotes_total"))
        .containsExactly(
            "async_quotes_total{exception=\"IllegalArgumentException\"} 1.0",
            "async_quotes_total{exception=\"none\"} 1.0");
    assertThat(Scrape.series(text, "async_quotes_in_progress"))
        .containsExactly("async_quotes_in_progress 0.0");
  }

  @Test
  void staticLabelsStartAtZeroUnlessInitialValueIsOff() {
    InventoryService_Metrics inventory =
        new InventoryService_Metrics(new InventoryService(5), instruments);

    String before = Scrape.text(registry);
    assertThat(Scrape.series(before, "inventory_audits_total"))
        .containsExactly("inventory_audits_total{kind=\"full\"} 0.0");
    assertThat(Scrape.series(before, "inventory_audit_seconds")).isEmpty();
    assertThat(Scrape.series(before, "inventory_reservation_seconds_count"))
        .containsExactly("inventory_reservation_seconds_count 0");

    assertThat(inventory.audit()).isEqualTo(5);

    String after = Scrape.text(registry);
    assertThat(Scrape.series(after, "inventory_audits_total"))
        .containsExactly("inventory_audits_total{kind=\"full\"} 1.0");
    assertThat(Scrape.series(after, "inventory_audit_seconds_count"))
        .containsExactly("inventory_audit_seconds_count{scope=\"stock\"} 1");
  }

  @Test
  void routeMethodsCalledDirectlyLabelFromTheirArguments() {
    GreetingRoutes_Metrics greetings = new GreetingRoutes_Metrics(new GreetingRoutes(), instruments);

    assertThat(greetings.greet("Ada")).isEqualTo("Hello, Ada!");
    assertThat(greetings.greet("Ada")).isEqualTo("Hello, Ada!");
    assertThat(greetings.greet("Bob")).isEqualTo("Hello, Bob!");

    assertThat(Scrape.series(Scrape.text(registry), "greetings_total"))
        .containsExactly("greetings_total{name=\"Ada\"} 2.0", "greetings_total{name=\"Bob\"} 1.0");
  }

  @Test
  void decoratorDropsInForTheInterfacesTheHandlerImplements() {
    Greeter greeter = new GreetingRoutes_Metrics(new GreetingRoutes(), instruments);

    assertThat(greeter.farewell("Ada")).isEqualTo("Goodbye, Ada.");
    assertThat(greeter.shout("Ada")).isEqualTo("HELLO, ADA!");
    // shout() is the interface's default method run on the user's instance: greet() there is the
    // undecorated one, so only the direct greet() call below is counted.
    assertThat(Scrape.series(Scrape.text(registry), "greetings_total")).isEmpty();
    greeter.greet("Ada");
    assertThat(Scrape.series(Scrape.text(registry), "greetings_total"))
        .containsExactly("greetings_total{name=\"Ada\"} 1.0");
  }

  @Test
  void directCallsGetResolverAndRequestLabelsWithoutARequest() {
    CatalogRoutes_Metrics catalog = new CatalogRoutes_Metrics(new CatalogRoutes(), instruments);
    java.util.UUID id = java.util.UUID.fromString("3f0c3e5e-4a6e-4f0e-9b1a-2f4c5d6e7f80");

    assertThat(new String(catalog.lookup(id, java.util.Optional.empty()), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(id.toString());

    assertThat(Scrape.series(Scrape.text(registry), "catalog_uuid_lookups_total"))
        .containsExactly(
            "catalog_uuid_lookups_total{client=\"direct\",format=\"\",tenant=\"\"} 1.0");
  }

  @Test
  void aRawPathLabelOfADirectCallIsEmptyAsThereIsNoRequest() {
    ParityRoutes_Metrics parity = new ParityRoutes_Metrics(new ParityRoutes(), instruments);

    assertThat(parity.job("a")).isEqualTo("a");

    assertThat(Scrape.series(Scrape.text(registry), "parity_jobs_in_progress"))
        .containsExactly("parity_jobs_in_progress{path=\"\",tenant=\"\"} 0.0");
  }

  @Test
  void oneMetricOnSeveralInstancesIsSharedNotRegisteredTwice() {
    InventoryService_Metrics first = new InventoryService_Metrics(new InventoryService(5), instruments);
    InventoryService_Metrics second = new InventoryService_Metrics(new InventoryService(5), instruments);

    first.audit();
    second.audit();

    assertThat(Scrape.series(Scrape.text(registry), "inventory_audits_total"))
        .containsExactly("inventory_audits_total{kind=\"full\"} 2.0");
  }
}
