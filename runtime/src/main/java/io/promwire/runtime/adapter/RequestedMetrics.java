package io.promwire.runtime.adapter;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.registry.PrometheusScrapeRequest;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.InfoSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code name[]} filter of every promwire metrics endpoint: only the metric families asked for
 * come back.
 *
 * <p>client_java 1.10's own filter keeps a family when an asked name merely starts with the
 * family's name, so {@code name[]=http_request_duration_seconds_count} also returns the counter
 * {@code http_request_total} (registered as {@code http_request}). Here a family is kept when an
 * asked name is the family's name or one of the names of its samples: {@code x}, {@code x_total}
 * and {@code x_created} of a counter {@code x}; {@code x_bucket}, {@code x_count}, {@code x_sum},
 * {@code x_created} (and {@code x_gcount}, {@code x_gsum} of a gauge histogram) of a histogram;
 * {@code x_count}, {@code x_sum}, {@code x_created} of a summary; {@code x_info} of an info
 * metric. A kept family comes back whole: client_java's writers write a family with all its
 * samples, and promwire never writes the exposition format itself.
 */
public final class RequestedMetrics {
  /** The query parameter Prometheus and client_java name the wanted metrics with. */
  public static final String NAME_PARAMETER = "name[]";

  private RequestedMetrics() {}

  /**
   * A view of {@code registry} for client_java's scrape handlers ({@code MetricsHandler}, {@code
   * HTTPServer}, {@code PrometheusMetricsServlet}): scrapes with {@value #NAME_PARAMETER} return
   * only the families asked for; everything else, registering included, is the registry's own.
   */
  public static PrometheusRegistry exactNames(PrometheusRegistry registry) {
    return new ExactNameRegistry(registry);
  }

  /**
   * The current metrics of {@code registry} whose family or sample names are among {@code names};
   * every metric when {@code names} is empty.
   */
  public static MetricSnapshots scrape(PrometheusRegistry registry, Set<String> names) {
    if (names.isEmpty()) {
      return registry.scrape();
    }
    return only(registry.scrape(mayMatch(names)), names);
  }

  /** The families among {@code snapshots} that one of {@code names} asks for. */
  public static MetricSnapshots only(MetricSnapshots snapshots, Set<String> names) {
    List<MetricSnapshot> kept = new ArrayList<>();
    for (MetricSnapshot snapshot : snapshots) {
      if (asked(snapshot, names)) {
        kept.add(snapshot);
      }
    }
    return new MetricSnapshots(kept);
  }

  /** Whether one of {@code names} is the family's name or one of its samples' names. */
  static boolean asked(MetricSnapshot snapshot, Set<String> names) {
    String family = snapshot.getMetadata().getPrometheusName();
    if (names.contains(family)) {
      return true;
    }
    for (String suffix : sampleSuffixes(snapshot)) {
      if (names.contains(family + suffix)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> sampleSuffixes(MetricSnapshot snapshot) {
    if (snapshot instanceof CounterSnapshot) {
      return List.of("_total", "_created");
    }
    if (snapshot instanceof HistogramSnapshot histogram) {
      return histogram.isGaugeHistogram()
          ? List.of("_bucket", "_gcount", "_gsum")
          : List.of("_bucket", "_count", "_sum", "_created");
    }
    if (snapshot instanceof SummarySnapshot) {
      return List.of("_count", "_sum", "_created");
    }
    if (snapshot instanceof InfoSnapshot) {
      return List.of("_info");
    }
    return List.of();
  }

  /**
   * A predicate on the registry names of collectors that lets through every family one of {@code
   * names} may ask for, so that the others are not collected at all; {@link #only} decides.
   */
  private static Predicate<String> mayMatch(Set<String> names) {
    return registryName -> {
      for (String name : names) {
        if (name.startsWith(registryName)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Scrapes the registry it wraps and narrows what client_java's scrape handler asked for to the
   * families that {@value #NAME_PARAMETER} names exactly. client_java's own predicate (which may
   * also carry its configured allow and deny lists) still applies first.
   */
  private static final class ExactNameRegistry extends PrometheusRegistry {
    private final PrometheusRegistry registry;

    ExactNameRegistry(PrometheusRegistry registry) {
      this.registry = registry;
    }

    @Override
    public MetricSnapshots scrape(Predicate<String> filter, PrometheusScrapeRequest request) {
      MetricSnapshots scraped = registry.scrape(filter, request);
      String[] names = request == null ? null : request.getParameterValues(NAME_PARAMETER);
      return names == null || names.length == 0 ? scraped : only(scraped, Set.copyOf(List.of(names)));
    }

    @Override
    public MetricSnapshots scrape(PrometheusScrapeRequest request) {
      return registry.scrape(request);
    }

    @Override
    public MetricSnapshots scrape(Predicate<String> filter) {
      return registry.scrape(filter);
    }

    @Override
    public MetricSnapshots scrape() {
      return registry.scrape();
    }

    @Override
    public void register(Collector collector) {
      registry.register(collector);
    }

    @Override
    public void register(MultiCollector collector) {
      registry.register(collector);
    }

    @Override
    public void unregister(Collector collector) {
      registry.unregister(collector);
    }

    @Override
    public void unregister(MultiCollector collector) {
      registry.unregister(collector);
    }

    @Override
    public void clear() {
      registry.clear();
    }
  }
}
