package io.promwire.processor;

import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.LabelModel;
import io.promwire.processor.model.LabelSourceKind;
import io.promwire.processor.model.LabelSourceModel;
import io.promwire.processor.model.MethodModel;
import io.promwire.processor.model.MetricKind;
import io.promwire.processor.model.MetricModel;
import io.promwire.processor.model.RouteModel;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/promwire/metrics.json}: every metric the compilation's bootstrap
 * registers, with its labels and the methods that declare it. Teams review a metric change as a
 * diff of this one file, and tools read it without running the app. The README describes the
 * format; keep the two in step.
 */
final class MetricsCatalogueWriter {
  static final String PATH = "META-INF/promwire/metrics.json";

  /** Raised when a member changes meaning or goes away; adding members keeps it. */
  static final int FORMAT = 1;

  /** A metric annotation and the method it sits on, none for {@code @Info}. */
  private record Declaration(
      HandlerModel handler, Optional<MethodModel> method, MetricModel metric) {}

  private MetricsCatalogueWriter() {}

  static void write(Filer filer, BootstrapPlan plan) throws IOException {
    Element[] originating =
        plan.handlers().stream().map(HandlerModel::element).toArray(Element[]::new);
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH, originating);
    try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      writer.write(text(plan));
    }
  }

  /** The catalogue's text: the same handlers always give the same bytes. */
  static String text(BootstrapPlan plan) {
    Map<String, List<Declaration>> byMetric = new LinkedHashMap<>();
    for (HandlerModel handler : plan.handlers()) {
      for (MetricModel info : handler.infos()) {
        add(byMetric, new Declaration(handler, Optional.empty(), info));
      }
      // Metrics of @ExcludeAllMetrics routes too: they are registered, though never recorded.
      for (MethodModel method : handler.methods()) {
        for (MetricModel metric : method.metrics()) {
          add(byMetric, new Declaration(handler, Optional.of(method), metric));
        }
      }
    }
    List<Map<String, Object>> metrics =
        byMetric.values().stream()
            .sorted(Comparator.comparing(declarations -> declarations.get(0).metric().name()))
            .map(MetricsCatalogueWriter::metric)
            .toList();
    Map<String, Object> catalogue = new LinkedHashMap<>();
    catalogue.put("format", FORMAT);
    catalogue.put("bootstrap", plan.bootstrap().canonicalName());
    catalogue.put("metrics", metrics);
    return Json.write(catalogue);
  }

  /** Declarations of one metric share an entry: the compiler allows them only when identical. */
  private static void add(Map<String, List<Declaration>> byMetric, Declaration declaration) {
    MetricModel metric = declaration.metric();
    byMetric
        .computeIfAbsent(
            PrometheusNames.registryName(metric.kind(), metric.name()), name -> new ArrayList<>())
        .add(declaration);
  }

  private static Map<String, Object> metric(List<Declaration> declarations) {
    MetricModel metric = declarations.get(0).metric();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", metric.name());
    entry.put("exposedName", PrometheusNames.exposedName(metric.kind(), metric.name()));
    entry.put("type", metric.kind().factory());
    entry.put("help", metric.help());
    entry.put("labelNames", metric.labelNames());
    if (metric.kind() == MetricKind.HISTOGRAM) {
      entry.put("buckets", metric.buckets());
    }
    if (metric.kind() == MetricKind.SUMMARY) {
      entry.put("quantiles", metric.quantiles());
    }
    entry.put(
        "declarations",
        declarations.stream().map(MetricsCatalogueWriter::declaration).toList());
    return entry;
  }

  /**
   * Where the metric is declared and what that declaration takes its label values from: two
   * declarations of one metric agree on the label names, not on their sources.
   */
  private static Map<String, Object> declaration(Declaration declaration) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("class", declaration.handler().qualifiedName());
    declaration.method().ifPresent(method -> {
      entry.put("method", methodSignature(method));
      method.route().ifPresent(route -> entry.put("route", route(route)));
    });
    entry.put(
        "labels",
        declaration.metric().labels().stream().map(MetricsCatalogueWriter::label).toList());
    entry.put("initialValue", declaration.metric().initialValue());
    return entry;
  }

  /** {@code byType(String)}: the name alone would not tell overloads apart. */
  private static String methodSignature(MethodModel method) {
    String params =
        method.element().getParameters().stream()
            .map(param -> Describe.type(param.asType()))
            .collect(Collectors.joining(", "));
    return method.name() + "(" + params + ")";
  }

  private static Map<String, Object> route(RouteModel route) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("method", route.httpMethod());
    entry.put("template", route.template());
    return entry;
  }

  private static Map<String, Object> label(LabelModel label) {
    LabelSourceModel source = label.source();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", label.name());
    entry.put("source", source.kind().factory());
    if (source.kind().isResolver()) {
      entry.put("argument", source.resolver().toString());
    } else if (source.kind().hasArgument()) {
      entry.put("argument", source.argument());
    }
    return entry;
  }
}
