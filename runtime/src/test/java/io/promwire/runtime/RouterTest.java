package io.promwire.runtime;

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

  private static Request request(String method, String rawPath) {
    return Request.fromRawPath(method, rawPath, null, Map.of(), new byte[0]);
  }

  @Test
  void literalSegmentWinsOverParameterWhateverTheOrderOfRegistration() {
    Route byId = route("GET", "/items/{id}");
    Route special = route("GET", "/items/special");
    Router<Route> router = router(byId, special);

    Request literal = request("GET", "/items/special");
    assertThat(router.match(literal).value()).isSameAs(special);
    assertThat(literal.template()).isEqualTo("/items/special");

    Request other = request("GET", "/items/7");
    assertThat(router.match(other).value()).isSameAs(byId);
    assertThat(other.template()).isEqualTo("/items/{id}");
    assertThat(other.pathParam("id")).isEqualTo("7");
  }

  @Test
  void parameterBranchIsTriedWhenTheLiteralBranchLeadsNowhere() {
    Route edit = route("GET", "/items/special/edit");
    Route view = route("GET", "/items/{id}/view");
    Router<Route> router = router(edit, view);

    Request request = request("GET", "/items/special/view");
    assertThat(router.match(request).value()).isSameAs(view);
    assertThat(request.pathParam("id")).isEqualTo("special");
  }

  @Test
  void parameterRouteServesTheMethodTheLiteralRouteLacks() {
    Route getSpecial = route("GET", "/items/special");
    Route post = route("POST", "/items/{id}");
    Router<Route> router = router(getSpecial, post);

    assertThat(router.match(request("POST", "/items/special")).value()).isSameAs(post);
  }

  @Test
  void pathServedOnlyForOtherMethodsIsMethodNotAllowedWithThoseMethods() {
    Router<Route> router =
        router(route("GET", "/items/{id}"), route("DELETE", "/items/{id}"), route("POST", "/x"));

    RouteMatch<Route> match = router.match(request("PUT", "/items/7"));
    assertThat(match.outcome()).isEqualTo(Outcome.METHOD_NOT_ALLOWED);
    assertThat(match.allow()).isEqualTo("DELETE, GET, HEAD");
    assertThat(match.template()).isEqualTo("/items/{id}");
  }

  @Test
  void allowListsTheMethodsOfEveryTemplateMatchingThePath() {
    Router<Route> router = router(route("GET", "/items/special"), route("POST", "/items/{id}"));

    RouteMatch<Route> match = router.match(request("PUT", "/items/special"));
    assertThat(match.allow()).isEqualTo("GET, HEAD, POST");
    assertThat(match.template()).isEqualTo("/items/special");
  }

  @Test
  void pathNothingMatchesIsNotFound() {
    Router<Route> router = router(route("GET", "/items/{id}"));

    assertThat(router.match(request("GET", "/nothing")).outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(router.match(request("GET", "/items/7/more")).outcome())
        .isEqualTo(Outcome.NOT_FOUND);
    assertThat(router.match(request("GET", "/items")).outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void headIsAnsweredByGetUnlessThePathHasAHeadRoute() {
    Route get = route("GET", "/a");
    Route getB = route("GET", "/b");
    Route headB = route("HEAD", "/b");
    Router<Route> router = router(get, getB, headB);

    assertThat(router.match(request("HEAD", "/a")).value()).isSameAs(get);
    assertThat(router.match(request("HEAD", "/b")).value()).isSameAs(headB);
    assertThat(router.match(request("POST", "/a")).allow()).isEqualTo("GET, HEAD");
  }

  @Test
  void methodMustMatchExactly() {
    Router<Route> router = router(route("GET", "/a"));

    assertThat(router.match(request("get", "/a")).outcome())
        .isEqualTo(Outcome.METHOD_NOT_ALLOWED);
  }

  @Test
  void segmentsArePercentDecodedOneByOneSoAnEncodedSlashStaysInTheParameter() {
    Router<Route> router = router(route("GET", "/items/{id}"));

    Request slash = request("GET", "/items/a%2Fb");
    assertThat(router.match(slash).outcome()).isEqualTo(Outcome.FOUND);
    assertThat(slash.pathParam("id")).isEqualTo("a/b");
    assertThat(slash.path()).isEqualTo("/items/a/b");

    Request utf8 = request("GET", "/items/caf%C3%A9%20au%20lait");
    router.match(utf8);
    assertThat(utf8.pathParam("id")).isEqualTo("café au lait");

    Request plus = request("GET", "/items/a+b");
    router.match(plus);
    assertThat(plus.pathParam("id")).isEqualTo("a+b");
  }

  @Test
  void literalSegmentsMatchTheirDecodedForm() {
    Router<Route> router = router(route("GET", "/hello world"));

    assertThat(router.match(request("GET", "/hello%20world")).outcome())
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

    assertThat(router.match(request("GET", "/items/")).outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(router.match(request("GET", "/things")).outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(router.match(request("GET", "/things/")).value()).isSameAs(slashed);
  }

  @Test
  void rootMatchesOnlyTheRootTemplate() {
    Route root = route("GET", "/");
    Router<Route> router = router(root, route("GET", "/{page}"));

    assertThat(router.match(request("GET", "/")).value()).isSameAs(root);
    assertThat(router.match(request("GET", "//")).outcome()).isEqualTo(Outcome.NOT_FOUND);
  }

  @Test
  void parameterDoesNotMatchAnEmptySegment() {
    Router<Route> router = router(route("GET", "/items/{id}/view"));

    assertThat(router.match(request("GET", "/items//view")).outcome())
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
