package io.promwire.runtime.internal;

import io.promwire.runtime.Request;
import io.promwire.runtime.Response;

/** Binds a request's parameters, calls a route method and turns its result into a response. */
@FunctionalInterface
public interface RouteHandler {
  Response handle(Request request) throws Exception;
}
