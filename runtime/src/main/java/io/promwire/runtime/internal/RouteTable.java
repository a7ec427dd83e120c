package io.promwire.runtime.internal;

import java.util.List;

/**
 * The routes of one handler class and the decorator that serves them.
 *
 * @param handlerType the user's handler class
 * @param decorator the generated decorator wrapping the user's instance
 * @param routes the routes in declaration order
 */
public record RouteTable(Class<?> handlerType, Object decorator, List<Route> routes) {
  public RouteTable {
    routes = List.copyOf(routes);
  }
}
