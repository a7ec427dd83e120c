package io.promwire.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.it.e2e.TextExposition.Family;
import io.promwire.runtime.Promwire;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The metrics catalogue the processor wrote at compile time against what the running app exposes:
 * every catalogued metric is in the scrape with its type, help and label names, and the scrape has
 * no metric of the handlers that the catalogue lacks.
 */
class MetricsCatalogueExposedTest {
  /** What the runtime adds to every app, which no compilation declares. */
  private static final Pattern NOT_FROM_HANDLERS =
      Pattern.compile("(http_request_.*|exporter_info|promwire_.*|jvm_.*|process_.*)");

  /** Labels that are not the metric's own: client_java's bucket and quantile labels. */
  private static final Set<String> STRUCTURAL = Set.of("le", "quantile");

  @Test
  void quickstartExposesWhatItsCatalogueLists() throws Exception {
    check(
        io.promwire.example.quickstart.PromwireBootstrap.class,
        Apps.quickstart(),
        Traffic::quickstart,
        Set.of());
  }

  @Test
  void integrationHandlersExposeWhatTheirCatalogueLists() throws Exception {
    // Default labels come from the options at run time; the catalogue knows only the handlers'.
    check(
        io.promwire.it.PromwireBootstrap.class,
        Apps.integrationHandlers(o -> o.defaultLabel("region", "eu-1")),
        Traffic::integrationHandlers,
        Set.of("region"));
  }

  private static void check(
      Class<?> bootstrap, Promwire app, Consumer<ServedApp> traffic, Set<String> defaultLabels)
      throws Exception {
    List<Map<String, Object>> catalogue = MetricsCatalogue.metricsOf(bootstrap);
    Map<String, Family> exposed;
    try (ServedApp served = ServedApp.serve(app)) {
      traffic.accept(served);
      exposed = TextExposition.families(served.scrape());
    }

    Set<String> catalogued = new HashSet<>();
    for (Map<String, Object> metric : catalogue) {
      String name = MiniJson.at(metric, "exposedName");
      catalogued.add(name);
      Family family = exposed.get(name);
      assertThat(family).as("%s in the scrape", name).isNotNull();
      assertThat(family.type())
          .as("type of %s", name)
          .isEqualTo(textType(MiniJson.at(metric, "type")));
      assertThat(family.help()).as("help of %s", name).isEqualTo(MiniJson.at(metric, "help"));
      Set<String> labels = new HashSet<>(family.labelNames());
      labels.removeAll(STRUCTURAL);
      labels.removeAll(defaultLabels);
      assertThat(labels)
          .as("label names of %s", name)
          .containsExactlyInAnyOrderElementsOf(MiniJson.<List<String>>at(metric, "labelNames"));
    }
    assertThat(exposed.keySet())
        .filteredOn(name -> !NOT_FROM_HANDLERS.matcher(name).matches())
        .containsExactlyInAnyOrderElementsOf(catalogued);
  }

  /** The text format has no info type: client_java writes an info metric as a gauge. */
  private static String textType(String catalogueType) {
    return catalogueType.equals("info") ? "gauge" : catalogueType;
  }
}
