package io.promwire.runtime;

/** Binds a request's parameters, calls a route method and turns its result into a response. */
@FunctionalInterface
public interface RouteHandler {
  Response handle(Request request) throws Exception;
}
