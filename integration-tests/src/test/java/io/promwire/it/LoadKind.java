package io.promwire.it;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One kind of request the load test sends: how to make it, the status it must get, and the series
 * (as {@link TextFormat} keys them) that each such request adds exactly one to.
 *
 * @param target the path and query of the request numbered {@code n}
 * @param body the request body, or {@code null} for none
 */
record LoadKind(
    String name,
    String method,
    IntFunction<String> target,
    String[] headers,
    String body,
    int status,
    List<String> series) {

  private static final String UUID = "3f0c3e5e-4a6e-4f0e-9b1a-2f4c5d6e7f80";

  HttpRequest request(RunningApp app, int n) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(app.uri(target.apply(n)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return request.build();
  }

  /** Routes of both apps: statuses from 200 to 503, handlers that throw, metrics of every kind. */
  static List<LoadKind> all() {
    String products = "/api/products/{id}";
    String categories = "/api/categories/{category}";
    return List.of(
        get("root", "/", 200, defaults("GET", "/", 200)),
        kind("head", "HEAD", "/", 200, defaults("HEAD", "/", 200)),
        get("skip", "/skip", 200, List.of()),
        get("book", "/items/book", 200, List.of("invocation_by_type_total{item_type=\"book\"}")),
        get("pen", "/items/pen", 200, List.of("invocation_by_type_total{item_type=\"pen\"}")),
        get("long", "/long-running", 200, defaults("GET", "/long-running", 200)),
        get("status201", "/status/201", 201, byStatus(201)),
        get("status503", "/status/503", 503, byStatus(503)),
        get("fail", "/fail", 500, plus(defaults("GET", "/fail", 500), exception("GET"))),
        new LoadKind(
            "notFound",
            "GET",
            n -> "/nowhere/" + n,
            new String[0],
            null,
            404,
            defaults("GET", "<unmatched>", 404)),
        kind("wrongMethod", "POST", "/", 405, defaults("POST", "/", 405)),
        get(
            "greet",
            "/greet/ada",
            200,
            plus(defaults("GET", "/greet/{name}", 200), "greetings_total{name=\"ada\"}")),
        get(
            "noProduct",
            "/api/products/999999999",
            404,
            plus(
                defaults("GET", products, 404),
                "catalog_lookups_total{exception=\"HttpStatusException\",status=\"404\","
                    + "tier=\"gold\"}")),
        new LoadKind(
            "putProduct",
            "PUT",
            n -> "/api/products/" + n,
            new String[0],
            "hammer",
            201,
            plus(defaults("PUT", products, 201), "catalog_write_seconds_count")),
        new LoadKind(
            "deleteProduct",
            "DELETE",
            n -> "/api/products/" + n,
            new String[0],
            null,
            204,
            plus(defaults("DELETE", products, 204), "catalog_deletes_total")),
        get(
            "category",
            "/api/categories/BOOKS?limit=5",
            200,
            plus(
                defaults("GET", categories, 200),
                "catalog_category_seconds_count{category=\"BOOKS\"}")),
        get(
            "badCategoryLimit",
            "/api/categories/TOOLS?limit=many",
            400,
            plus(
                defaults("GET", categories, 400),
                "catalog_category_seconds_count{category=\"TOOLS\"}")),
        new LoadKind(
            "lookup",
            "GET",
            n -> "/api/lookup/" + UUID + "?format=short",
            new String[] {"X-Tenant", "acme", "User-Agent", "curl/8.0"},
            null,
            200,
            plus(
                defaults("GET", "/api/lookup/{uuid}", 200),
                "catalog_uuid_lookups_total{client=\"curl\",format=\"short\",tenant=\"acme\"}")),
        kind(
            "importFails",
            "POST",
            "/api/import?fail=true",
            500,
            plus(
                plus(defaults("POST", "/api/import", 500), exception("POST")),
                "catalog_imports_total")),
        kind(
            "importWorks",
            "POST",
            "/api/import?fail=false",
            202,
            plus(defaults("POST", "/api/import", 202), "catalog_imports_total")),
        kind("excluded", "PATCH", "/api/products/1/name?to=x", 200, List.of()),
        get(
            "handlerError",
            "/hazard/error",
            500,
            plus(
                plus(defaults("GET", "/hazard/error", 500), exception("GET")),
                "hazard_errors_total{exception=\"BrokenInvariant\"}")),
        get(
            "resolverThrows",
            "/hazard/label/throw",
            200,
            plus(
                plus(
                    defaults("GET", "/hazard/label/{mode}", 200),
                    "hazard_labels_total{outcome=\"__error__\"}"),
                "promwire_label_errors_total{metric=\"hazard_labels\"}")),
        get(
            "resolverNull",
            "/hazard/label/null",
            200,
            plus(defaults("GET", "/hazard/label/{mode}", 200), "hazard_labels_total{outcome=\"\"}")),
        get(
            "resolverWorks",
            "/hazard/label/fine",
            200,
            plus(
                defaults("GET", "/hazard/label/{mode}", 200),
                "hazard_labels_total{outcome=\"ok\"}")));
  }

  private static LoadKind get(String name, String target, int status, List<String> series) {
    return kind(name, "GET", target, status, series);
  }

  private static LoadKind kind(
      String name, String method, String target, int status, List<String> series) {
    return new LoadKind(name, method, n -> target, new String[0], null, status, series);
  }

  /** The default metrics' series for one request. */
  private static List<String> defaults(String method, String path, int status) {
    return List.of(
        "http_request_total{method=\"" + method + "\",status=\"" + status + "\"}",
        "http_request_duration_seconds_count{method=\""
            + method
            + "\",path=\""
            + path
            + "\",status=\""
            + status
            + "\"}");
  }

  private static String exception(String method) {
    return "http_request_exceptions_total{method=\"" + method + "\",status=\"500\"}";
  }

  private static List<String> byStatus(int status) {
    return List.of(
        "requests_by_status_count{status=\"" + status + "\"}",
        "requests_by_status_and_path_count{path=\"/status/{status}\",status=\"" + status + "\"}");
  }

  private static List<String> plus(List<String> series, String more) {
    List<String> all = new ArrayList<>(series);
    all.add(more);
    return all;
  }
}
