package io.promwire.processor;

import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.MetricKind;
import io.promwire.processor.model.MetricModel;
import io.promwire.processor.PrometheusNames.DefaultMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every metric of the compilation, checked against each other and against promwire's default
 * metrics: one name is one metric, and two metrics must not expose the same series name. The
 * runtime shares a metric between declarations only when they are identical, and client_java
 * refuses the rest at start-up; this makes those compile errors, reported at every declaration
 * involved.
 */
final class MetricCatalog {
  private record Declared(HandlerModel handler, MetricModel metric) {
    String registryName() {
      return PrometheusNames.registryName(metric.kind(), metric.name());
    }

    String where() {
      return metric.kind() == MetricKind.INFO
          ? "@Info of " + handler.qualifiedName()
          : Describe.element(metric.site().element());
    }
  }

  private MetricCatalog() {}

  /** Conflicts that involve a handler named in {@code fresh}. */
  static Report check(List<HandlerModel> handlers, Set<String> fresh) {
    List<Declared> all = new ArrayList<>();
    for (HandlerModel handler : handlers) {
      for (MetricModel metric : handler.registeredMetrics()) {
        Declared declared = new Declared(handler, metric);
        // Invalid names are reported on their own; comparing them would only add noise.
        if (PrometheusNames.METRIC_NAME.matcher(metric.name()).matches()
            && !declared.registryName().isEmpty()) {
          all.add(declared);
        }
      }
    }
    Predicate<Declared> isNew = d -> fresh.contains(d.handler().qualifiedName());
    Report report = new Report();
    for (Declared self : all) {
      if (isNew.test(self)) {
        checkDefaults(report, self);
      }
      List<Declared> differing =
          all.stream()
              .filter(o -> o != self && o.registryName().equals(self.registryName()))
              .filter(o -> !difference(self, o).isEmpty())
              .toList();
      Counterparts.toName(self, differing, isNew)
          .ifPresent(o -> report.add(
              Messages.METRIC_CONFLICT, self.metric().nameSite(), self.metric().name(), o.where(),
              difference(self, o)));
      List<Declared> overlapping =
          all.stream()
              .filter(o -> !o.registryName().equals(self.registryName()))
              .filter(o -> shared(self, o) != null)
              .toList();
      Counterparts.toName(self, overlapping, isNew)
          .ifPresent(o -> report.add(
              Messages.EXPOSITION_CONFLICT, self.metric().nameSite(),
              self.metric().kind().factory(), self.metric().name(), shared(self, o),
              o.metric().kind().factory(), o.metric().name(), o.where()));
    }
    return report;
  }

  private static void checkDefaults(Report report, Declared self) {
    MetricModel metric = self.metric();
    for (DefaultMetric reserved : PrometheusNames.DEFAULTS) {
      if (PrometheusNames.collide(metric.kind(), metric.name(), reserved.kind(), reserved.name())) {
        report.add(
            Messages.DEFAULT_METRIC, metric.nameSite(), metric.kind().factory(), metric.name(),
            reserved.name(), reserved.description());
        return;
      }
    }
  }

  /** The series name both expose, or null. */
  private static String shared(Declared self, Declared other) {
    MetricModel here = self.metric();
    MetricModel there = other.metric();
    return PrometheusNames.sharedExpositionName(
            here.kind(), here.name(), there.kind(), there.name())
        .orElse(null);
  }

  private static String article(MetricKind kind) {
    return (kind == MetricKind.INFO ? "an " : "a ") + kind.factory();
  }

  /**
   * How {@code other} differs from {@code self} in what makes a metric, for the message; empty
   * when they are the same metric and can be shared.
   */
  private static String difference(Declared self, Declared other) {
    MetricModel here = self.metric();
    MetricModel there = other.metric();
    if (here.kind() != there.kind()) {
      // Everything else follows from the type; listing it would only hide the point.
      return article(there.kind()) + " there, " + article(here.kind()) + " here";
    }
    List<String> parts = new ArrayList<>();
    if (!here.name().equals(there.name())) {
      parts.add("spelled '" + there.name() + "' there, which client_java treats as the same name");
    }
    if (!here.help().equals(there.help())) {
      parts.add("help '" + there.help() + "' there, '" + here.help() + "' here");
    }
    if (!here.labelNames().equals(there.labelNames())) {
      parts.add("labels " + there.labelNames() + " there, " + here.labelNames() + " here");
    }
    if (!here.buckets().equals(there.buckets())) {
      parts.add("buckets " + there.buckets() + " there, " + here.buckets() + " here");
    }
    if (!here.quantiles().equals(there.quantiles())) {
      parts.add("quantiles " + there.quantiles() + " there, " + here.quantiles() + " here");
    }
    return String.join("; ", parts);
  }
}
