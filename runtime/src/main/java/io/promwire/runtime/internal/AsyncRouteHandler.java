package io.promwire.runtime.internal;

import io.promwire.runtime.Request;
import io.promwire.runtime.Response;
import java.util.concurrent.CompletionStage;

/**
 * Binds a request's parameters and calls a route method that answers later: the stage it returns
 * completes with the response, or exceptionally as the method would have thrown.
 */
@FunctionalInterface
public interface AsyncRouteHandler {
  CompletionStage<Response> handle(Request request) throws Exception;
}
