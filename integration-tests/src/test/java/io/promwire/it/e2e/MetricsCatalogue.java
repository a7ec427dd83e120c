package io.promwire.it.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The {@code META-INF/promwire/metrics.json} a compilation's bootstrap was written with, read
 * from the class path. Each compilation writes one at the same path, so the one that names the
 * bootstrap is picked.
 */
final class MetricsCatalogue {
  static final String PATH = "META-INF/promwire/metrics.json";

  private MetricsCatalogue() {}

  /** The catalogue's metrics, each a parsed JSON object. */
  static List<Map<String, Object>> metricsOf(Class<?> bootstrap) throws IOException {
    List<Object> matching = new ArrayList<>();
    for (URL url : Collections.list(bootstrap.getClassLoader().getResources(PATH))) {
      try (InputStream in = url.openStream()) {
        Object catalogue = MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        if (bootstrap.getName().equals(MiniJson.at(catalogue, "bootstrap"))) {
          matching.add(catalogue);
        }
      }
    }
    if (matching.size() != 1) {
      throw new AssertionError(
          matching.size() + " catalogues on the class path name " + bootstrap.getName());
    }
    return MiniJson.at(matching.get(0), "metrics");
  }
}
