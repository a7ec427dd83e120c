package io.promwire.processor;

import io.promwire.processor.model.HandlerModel;
import io.promwire.processor.model.MethodModel;
import io.promwire.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every route of the compilation: one HTTP method and path may be served by one method only.
 * Templates that differ only in parameter names ({@code /items/{id}} and {@code /items/{type}})
 * match the same requests, so they count as the same path.
 */
final class RouteCatalog {
  private record Served(HandlerModel handler, MethodModel method, RouteModel route) {
    String key() {
      return route.httpMethod() + " " + RouteTemplate.shape(route.template());
    }
  }

  private RouteCatalog() {}

  /** Duplicate routes that involve a handler named in {@code fresh}. */
  static Report check(List<HandlerModel> handlers, Set<String> fresh) {
    List<Served> all = new ArrayList<>();
    for (HandlerModel handler : handlers) {
      for (MethodModel method : handler.methods()) {
        method.routes().forEach(route -> all.add(new Served(handler, method, route)));
      }
    }
    Predicate<Served> isNew = s -> fresh.contains(s.handler().qualifiedName());
    Report report = new Report();
    for (Served self : all) {
      List<Served> same =
          all.stream().filter(o -> o != self && o.key().equals(self.key())).toList();
      Counterparts.toName(self, same, isNew)
          .ifPresent(o -> report.add(
              Messages.DUPLICATE_ROUTE, self.route().valueSite(), self.route().httpMethod(),
              self.route().template(), Describe.element(o.method().element())));
    }
    return report;
  }
}
