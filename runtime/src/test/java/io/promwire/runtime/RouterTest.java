package io.promwire.runtime;

import io.promwire.runtime.internal.Route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.promwire.runtime.RouteMatch.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {
  private static Route route(String method, String template) {
    return TestApp.route(method, template, "Routes." + method.toLowerCase() + template, r -> null);
  }

  private static Router<Route> router(Route... routes) {
    return Router.build(List.of(routes), route -> route);
  }

  /** The router's answer for a request; the request itself is never changed. */
  private static RouteMatch<Route> match(Router<Route> router, Request request) {
    return router.match(request.method(), request.segments());
  }

  private static Request request(String method, String rawPath) {
    return Request.fromRawPath(method, rawPath, null, Map.of(), new byte[0]);
  }

  @Test
  void literalSegmentWinsOverParameterWhateverTheOrderOfRegistration() {
    Route byId = route("GET", "/items/{id}");
    Route special = route("GET", "/items/special");
    Router<Route> router = router(byId, special);

    Request literal = request("GET", "/items/special");
    assertThat(match(router, literal).value()).isSameAs(special);
    assertThat(match(router, literal).template()).isEqualTo("/items/special");
    assertThat(literal.template()).isNull();

    Request other = request("GET", "/items/7");
    assertThat(match(router, other).value()).isSameAs(byId);
    assertThat(match(router, other).template()).isEqualTo("/items/{id}");
    assertThat(match(router, other).pathParams()).containsExactly(Map.entry("id", "7"));
  }

  @Test
  void parameterBranchIsTriedWhenTheLiteralBranchLeadsNowhere() {
    Route edit = route("GET", "/items/special/edit");
    Route view = route("GET", "/items/{id}/view");
    Router<Route> router = router(edit, view);

    Request request = request("GET", "/items/special/view");
    assertThat(match(router, request).value()).isSameAs(view);
    assertThat(match(router, request).pathParams()).containsEntry("id", "special");
  }

  @Test
  void parameterRouteServesTheMethodTheLiteralRouteLacks() {
    Route getSpecial = route("GET", "/items/special");
    Route post = route("POST", "/items/{id}");
    Router<Route> router = router(getSpecial, post);

    assertThat(match(router, request("POST", "/items/special")).value()).isSameAs(post);
  }

  @Test
  void pathServedOnlyForOtherMethodsIsMethodNotAllowedWithThoseMethods() {
    Router<Route> router =
        router(route("GET", "/items/{id}"), route("DELETE", "/items/{id}"), route("POST", "/x"));

    RouteMatch<Route> match = match(router, request("PUT", "/items/7"));
    assertThat(match.outcome()).isEqualTo(Outcome.METHOD_NOT_ALLOWED);
    assertThat(match.allow()).isEqualTo("DELETE, GET, HEAD");
    assertThat(match.template()).isEqualTo("/items/{id}");
  }

  @Test
  void allowListsTheMethodsOfEveryTemplateMatchingThePath() {
    Router<Route> router = router(route("GET", "/items/special"), route("POST", "/items/{id}"));

    RouteMatch<Route> match = match(router, request("PUT", "/items/special"));
    assertThat(match.allow()).isEqualTo("GET, HEAD, POST");
    assertThat(match.template()).isEqualTo("/items/special");
  }

  @Test
  void pathNothingMatchesIsNotFound() {
    Router<Route> router = router(route("GET", "/items/{id}"));

    assertThat(match(router, request("GET", "/nothing")).outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(match(router, request("GET", "/items/7/more")).outcome())
        .isEqualTo(Outcome.NOT_FOUND);
    assertThat(match(router, request("GET", "/items")).outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void headIsAnsweredByGetUnlessThePathHasAHeadRoute() {
    Route get = route("GET", "/a");
    Route getB = route("GET", "/b");
    Route headB = route("HEAD", "/b");
    Router<Route> router = router(get, getB, headB);

    assertThat(match(router, request("HEAD", "/a")).value()).isSameAs(get);
    assertThat(match(router, request("HEAD", "/b")).value()).isSameAs(headB);
    assertThat(match(router, request("POST", "/a")).allow()).isEqualTo("GET, HEAD");
  }

  @Test
  void methodMustMatchExactly() {
    Router<Route> router = router(route("GET", "/a"));

    assertThat(match(router, request("get", "/a")).outcome())
        .isEqualTo(Outcome.METHOD_NOT_ALLOWED);
  }

  @Test
  void segmentsArePercentDecodedOneByOneSoAnEncodedSlashStaysInTheParameter() {
    Router<Route> router = router(route("GET", "/items/{id}"));

    Request slash = request("GET", "/items/a%2Fb");
    assertThat(match(router, slash).outcome()).isEqualTo(Outcome.FOUND);
    assertThat(match(router, slash).pathParams()).containsEntry("id", "a/b");
    assertThat(slash.path()).isEqualTo("/items/a/b");

    Request utf8 = request("GET", "/items/caf%C3%A9%20au%20lait");
    assertThat(match(router, utf8).pathParams()).containsEntry("id", "café au lait");

    Request plus = request("GET", "/items/a+b");
    assertThat(match(router, plus).pathParams()).containsEntry("id", "a+b");
  }

  @Test
  void literalSegmentsMatchTheirDecodedForm() {
    Router<Route> router = router(route("GET", "/hello world"));

    assertThat(match(router, request("GET", "/hello%20world")).outcome())
        .isEqualTo(Outcome.FOUND);
  }

  @Test
  void malformedPercentEncodingIsFlaggedAndKeptAsSent() {
    for (String malformed : List.of("/items/%zz", "/items/%4", "/items/50%", "/items/%C3")) {
      Request request = request("GET", malformed);
      assertThat(request.malformedPath()).as(malformed).isTrue();
      assertThat(request.path()).isEqualTo(malformed);
    }
    assertThat(request("GET", "/items/%41").malformedPath()).isFalse();
  }

  @Test
  void trailingSlashIsSignificant() {
    Route items = route("GET", "/items");
    Route slashed = route("GET", "/things/");
    Router<Route> router = router(items, slashed);

    assertThat(match(router, request("GET", "/items/")).outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(match(router, request("GET", "/things")).outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(match(router, request("GET", "/things/")).value()).isSameAs(slashed);
  }

  @Test
  void rootMatchesOnlyTheRootTemplate() {
    Route root = route("GET", "/");
    Router<Route> router = router(root, route("GET", "/{page}"));

    assertThat(match(router, request("GET", "/")).value()).isSameAs(root);
    assertThat(match(router, request("GET", "//")).outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void parameterDoesNotMatchAnEmptySegment() {
    Router<Route> router = router(route("GET", "/items/{id}/view"));

    assertThat(match(router, request("GET", "/items//view")).outcome())
        .isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void duplicateMethodAndTemplateAcrossTablesNamesBothEndpoints() {
    Route first = TestApp.route("GET", "/items/{id}", "ItemRoutes.get", r -> null);
    Route second = TestApp.route("GET", "/items/{key}", "OtherRoutes.find", r -> null);

    assertThatThrownBy(() -> router(first, route("POST", "/items/{id}"), second))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ItemRoutes.get")
        .hasMessageContaining("OtherRoutes.find");
  }

  @Test
  void invalidTemplatesAreRefused() {
    for (String template : List.of("items", "/a/b{c}", "/a/{b}/{b}", "/a/{}")) {
      assertThatThrownBy(() -> router(route("GET", template)))
          .as(template)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
