package io.promwire.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/**
 * A method of a handler class that carries a promwire annotation.
 *
 * @param routes its route annotations; a valid method has at most one
 * @param metrics its metric annotations in the order written
 * @param doNotTrack its {@code @DoNotTrack}, if any
 * @param excludeAll its {@code @ExcludeAllMetrics}, if any
 * @param returnKind what it returns; for a method that answers later, what its stage completes with
 * @param answersLater whether it returns a {@code CompletionStage} or {@code CompletableFuture}
 * @param nonExceptionThrows declared thrown types that are neither exceptions nor errors, such as
 *     {@code Throwable}: a route handler cannot rethrow them
 * @param overridesInterface whether it implements a method of an interface the decorator implements
 */
public record MethodModel(
    ExecutableElement element,
    boolean isPrivate,
    boolean isStatic,
    List<RouteModel> routes,
    List<MetricModel> metrics,
    Optional<Site> doNotTrack,
    Optional<Site> excludeAll,
    List<ParamModel> params,
    ReturnKind returnKind,
    boolean answersLater,
    List<String> nonExceptionThrows,
    boolean overridesInterface) {

  /** Copies the lists, so the model is immutable. */
  public MethodModel {
    routes = List.copyOf(routes);
    metrics = List.copyOf(metrics);
    params = List.copyOf(params);
    nonExceptionThrows = List.copyOf(nonExceptionThrows);
  }

  /** {@return the method's simple name} */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** {@return the method itself, as a place to report at} */
  public Site site() {
    return Site.of(element);
  }

  /** {@return the route this method serves; the first one when (wrongly) several are given} */
  public Optional<RouteModel> route() {
    return routes.stream().findFirst();
  }

  /** {@return whether the decorator records this method's metrics} */
  public boolean isInstrumented() {
    return !metrics.isEmpty() && excludeAll.isEmpty();
  }
}
