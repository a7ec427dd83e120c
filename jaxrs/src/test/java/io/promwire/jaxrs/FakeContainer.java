package io.promwire.jaxrs;

import io.promwire.runtime.Promwire;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Jakarta REST container does with promwire's feature, for one resource method, without a
 * container: registers the feature, configures the method, and runs each request through the
 * pre-matching filter, the method's filter and the response filter, as Jersey and RESTEasy do.
 * Each request remembers which parts of the container's request were read.
 */
final class FakeContainer {
  private final List<Object> registered = new ArrayList<>();
  private final ContainerRequestFilter start;
  private final ContainerRequestFilter entry;
  private final ContainerResponseFilter recorder;

  FakeContainer(Promwire app, Class<?> resourceClass, Method resourceMethod) {
    new PromwireFeature(app).configure(featureContext());
    start = only(ContainerRequestFilter.class);
    recorder = only(ContainerResponseFilter.class);
    DynamicFeature binding = only(DynamicFeature.class);
    registered.clear();
    binding.configure(resourceInfo(resourceClass, resourceMethod), featureContext());
    entry = only(ContainerRequestFilter.class);
  }

  /**
   * One request matched to the resource method and answered with {@code status}.
   *
   * @param method the method as sent; the container says {@code GET} for a {@code HEAD} once it
   *     has matched it, as Jersey does
   * @param rawPath the path relative to the application, as sent, without a leading slash
   */
  Exchange serve(
      String method,
      String rawPath,
      Map<String, String> pathParams,
      Map<String, String> headers,
      int status)
      throws IOException {
    Exchange exchange = new Exchange(method, rawPath, pathParams, headers);
    start.filter(exchange.request);
    exchange.matched = true;
    entry.filter(exchange.request);
    recorder.filter(exchange.request, response(status));
    return exchange;
  }

  /** One request and what promwire read of it. */
  static final class Exchange {
    final List<String> read = new ArrayList<>();
    final Map<String, Object> properties = new HashMap<>();
    final ContainerRequestContext request;
    private final String method;
    private boolean matched;

    private Exchange(
        String method, String rawPath, Map<String, String> pathParams, Map<String, String> headers) {
      this.method = method;
      MultivaluedMap<String, String> headerMap = new MultivaluedHashMap<>();
      headers.forEach(headerMap::add);
      MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
      pathParams.forEach(params::add);
      UriInfo uriInfo =
          proxy(
              UriInfo.class,
              (name, args) -> {
                read.add("UriInfo." + name + describe(args));
                return switch (name) {
                  case "getPath" -> rawPath; // plain ASCII: decoded and raw are the same
                  case "getPathParameters" -> params;
                  case "getRequestUri" -> URI.create("http://127.0.0.1/" + rawPath);
                  case "getMatchedResourceTemplate" -> null;
                  default -> throw new UnsupportedOperationException(name);
                };
              });
      this.request =
          proxy(
              ContainerRequestContext.class,
              (name, args) -> {
                switch (name) {
                  case "getProperty":
                    return properties.get((String) args[0]);
                  case "setProperty":
                    properties.put((String) args[0], args[1]);
                    return null;
                  case "removeProperty":
                    properties.remove((String) args[0]);
                    return null;
                  case "getMethod":
                    return matched && this.method.equals("HEAD") ? "GET" : this.method;
                  case "getUriInfo":
                    return uriInfo;
                  default:
                    read.add("ContainerRequestContext." + name);
                    return switch (name) {
                      case "getHeaders" -> headerMap;
                      case "getHeaderString" -> headerMap.getFirst((String) args[0]);
                      default -> throw new UnsupportedOperationException(name);
                    };
                }
              });
    }

    private static String describe(Object[] args) {
      return args == null || args.length == 0 ? "()" : "(" + args[0] + ")";
    }
  }

  private static ContainerResponseContext response(int status) {
    return proxy(
        ContainerResponseContext.class,
        (name, args) ->
            switch (name) {
              case "getStatus" -> status;
              case "getEntity" -> "answer";
              default -> throw new UnsupportedOperationException(name);
            });
  }

  private FeatureContext featureContext() {
    FeatureContext[] self = new FeatureContext[1];
    self[0] =
        proxy(
            FeatureContext.class,
            (name, args) -> {
              if (!name.equals("register")) {
                throw new UnsupportedOperationException(name);
              }
              registered.add(args[0]);
              return self[0];
            });
    return self[0];
  }

  private static ResourceInfo resourceInfo(Class<?> resourceClass, Method resourceMethod) {
    return proxy(
        ResourceInfo.class,
        (name, args) -> name.equals("getResourceClass") ? resourceClass : resourceMethod);
  }

  private <T> T only(Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Object component : registered) {
      if (type.isInstance(component)) {
        found.add(type.cast(component));
      }
    }
    if (found.size() != 1) {
      throw new IllegalStateException("expected one " + type.getSimpleName() + ": " + found);
    }
    return found.get(0);
  }

  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(
        Proxy.newProxyInstance(
            FakeContainer.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  case "toString" -> type.getSimpleName();
                  default -> answer.answer(method.getName(), args);
                }));
  }
}
