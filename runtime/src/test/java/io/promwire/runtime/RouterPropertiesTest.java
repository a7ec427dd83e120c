package io.promwire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.promwire.runtime.support.Outcomes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The router against {@link ReferenceRouter} over generated templates and hostile paths:
 * percent-encoding (valid, broken, of slashes and dots), {@code ..}, {@code //}, trailing slashes,
 * empty segments, unicode and very long paths.
 */
class RouterPropertiesTest {
  private static final List<String> LITERALS =
      List.of("a", "b", "items", "é", "日本", ".", "..", "a b", "+", "x-y");
  private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "DELETE");
  /** Raw path segments as a hostile client might send them, still encoded. */
  private static final List<String> RAW_SEGMENTS =
      List.of(
          "a", "b", "items", "%61", "%C3%A9", "%c3%a9", "é", "日本", "%E6%97%A5%E6%9C%AC", "", ".",
          "..", "%2E%2E", "%2F", "a%2Fb", "%", "%zz", "%4", "%C3", "%C3%28", "%ED%A0%80", "+",
          "%2B", "a%20b", "a b", "😀", "%F0%9F%98%80", ";x", "%00");
  /** Code points of parameter values: some must be encoded in a path, some may be. */
  private static final List<String> VALUE_CHARS =
      List.of("a", "b", "/", "%", "+", " ", ".", "é", "日", "😀", "?", "#", "\u0000");

  /** Which routes, which request. */
  record Case(List<Route> routes, String method, String rawPath) {
    @Override
    public String toString() {
      return routes.stream().map(Route::endpoint).toList() + " <- " + method + " " + rawPath;
    }
  }

  @Property(tries = 1500)
  void routesLikeTheReference(@ForAll("cases") Case c) {
    Router<Route> router = Router.build(c.routes(), Function.identity());

    assertThat(ReferenceRouter.actual(router, c.method(), c.rawPath()))
        .isEqualTo(ReferenceRouter.expected(c.routes(), c.method(), c.rawPath()));
  }

  @Property(tries = 60)
  void veryLongPathsRouteLikeTheReference(
      @ForAll("routeSets") List<Route> routes, @ForAll("longPaths") String rawPath) {
    Router<Route> router = Router.build(routes, Function.identity());

    assertThat(ReferenceRouter.actual(router, "GET", rawPath))
        .isEqualTo(ReferenceRouter.expected(routes, "GET", rawPath));
  }

  /** A path made from a template's own encoded values routes to it with those values decoded. */
  @Property(tries = 500)
  void parameterValuesSurviveEncodingWhateverTheyContain(
      @ForAll("templates") String template,
      @ForAll("values") List<String> values,
      @ForAll long encodingSeed) {
    List<Route> routes = List.of(route("GET", template));
    Map<String, String> expected = new LinkedHashMap<>();
    String rawPath = fill(template, values, new Random(encodingSeed), expected);

    ReferenceRouter.Outcome outcome =
        ReferenceRouter.actual(Router.build(routes, Function.identity()), "GET", rawPath);

    assertThat(outcome.kind()).isEqualTo("200");
    assertThat(outcome.params()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Case> cases() {
    return routeSets()
        .flatMap(
            routes ->
                Combinators.combine(Arbitraries.of(METHODS).injectDuplicates(0.1), paths(routes))
                    .as((method, path) -> new Case(routes, method, path)));
  }

  @Provide
  Arbitrary<List<Route>> routeSets() {
    Arbitrary<Route> route =
        Combinators.combine(Arbitraries.of(METHODS), templates()).as(RouterPropertiesTest::route);
    return route.list().ofMinSize(1).ofMaxSize(8).map(RouterPropertiesTest::withoutConflicts);
  }

  /** Templates of up to four segments, literals and parameters, with or without a final slash. */
  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> segment =
        Arbitraries.<String>frequencyOf(
            weighted(3, Arbitraries.of(LITERALS)), weighted(2, Arbitraries.just("{}")));
    return Combinators.combine(segment.list().ofMaxSize(4), Arbitraries.of(true, false))
        .as(
            (segments, trailingSlash) -> {
              List<String> named = new ArrayList<>();
              for (int i = 0; i < segments.size(); i++) {
                named.add(segments.get(i).equals("{}") ? "{p" + i + "}" : segments.get(i));
              }
              if (trailingSlash && !named.isEmpty()) {
                named.add("");
              }
              return "/" + String.join("/", named);
            });
  }

  @Provide
  Arbitrary<List<String>> values() {
    return Arbitraries.of(VALUE_CHARS)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(chars -> String.join("", chars))
        .list()
        .ofSize(4);
  }

  /** Paths made from the routes' templates, with mutations, or from hostile raw segments. */
  private Arbitrary<String> paths(List<Route> routes) {
    Arbitrary<String> fromTemplate =
        Combinators.combine(
                Arbitraries.of(routes.stream().map(Route::template).toList()),
                values(),
                Arbitraries.longs(),
                Arbitraries.of("", "/", "//", "/..", "-drop"))
            .as(
                (template, values, seed, mutation) -> {
                  String path = fill(template, values, new Random(seed), new LinkedHashMap<>());
                  return mutation.equals("-drop")
                      ? path.substring(0, Math.max(1, path.lastIndexOf('/')))
                      : path + mutation;
                });
    Arbitrary<String> hostile =
        Arbitraries.of(RAW_SEGMENTS)
            .list()
            .ofMaxSize(6)
            .map(segments -> "/" + String.join("/", segments));
    return Arbitraries.<String>frequencyOf(weighted(3, fromTemplate), weighted(2, hostile));
  }

  @Provide
  Arbitrary<String> longPaths() {
    Arbitrary<Integer> count = Arbitraries.integers().between(1_000, 20_000);
    return Arbitraries.oneOf(
        count.map(n -> "/" + "a/".repeat(n)),
        count.map(n -> "/".repeat(n)),
        count.map(n -> "/items/" + "x".repeat(10 * n)),
        count.map(n -> "/a/" + "%C3%A9".repeat(n)),
        count.map(n -> "/a/" + "%C3%A9".repeat(n) + "%C3"),
        count.map(n -> "/" + "../".repeat(n) + "items"));
  }

  /**
   * The template with each parameter replaced by the next value, every character encoded or not
   * at random (upper- or lower-case hex) where a path allows both.
   */
  private static String fill(
      String template, List<String> values, Random random, Map<String, String> params) {
    List<String> parts = new ArrayList<>();
    int next = 0;
    for (String part : template.equals("/") ? new String[0] : template.substring(1).split("/", -1)) {
      if (part.startsWith("{")) {
        String value = values.get(next++ % values.size());
        params.put(part.substring(1, part.length() - 1), value);
        parts.add(encode(value, random));
      } else {
        parts.add(encode(part, random));
      }
    }
    return "/" + String.join("/", parts);
  }

  private static String encode(String text, Random random) {
    StringBuilder encoded = new StringBuilder();
    text.codePoints()
        .forEach(
            codePoint -> {
              String character = Character.toString(codePoint);
              boolean mustEncode = "/%?# ".contains(character) || codePoint < 0x20;
              if (!mustEncode && random.nextBoolean()) {
                encoded.append(character);
                return;
              }
              boolean upper = random.nextBoolean();
              for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                String hex = String.format("%02X", b & 0xFF);
                encoded.append('%').append(upper ? hex : hex.toLowerCase());
              }
            });
    return encoded.toString();
  }

  private static Route route(String method, String template) {
    return new Route(
        method,
        template,
        method + " " + template,
        request -> Outcomes.noContent(),
        MethodMetrics.NONE,
        false,
        false);
  }

  /** Drops routes the router refuses: a second route of one method for one template shape. */
  private static List<Route> withoutConflicts(List<Route> routes) {
    Set<String> seen = new HashSet<>();
    List<Route> kept = new ArrayList<>();
    for (Route route : routes) {
      if (seen.add(route.method() + " " + ReferenceRouter.withoutNames(route.template()))) {
        kept.add(route);
      }
    }
    return kept;
  }

  private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(
      int weight, Arbitrary<? extends T> arbitrary) {
    return Tuple.of(weight, arbitrary);
  }
}
