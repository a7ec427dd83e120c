package io.promwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTemplateTest {
  @ParameterizedTest
  @CsvSource({
    "'', /items, /items",
    "/, /items, /items",
    "/api, /items, /api/items",
    "/api/, /items, /api/items",
    "/api//, //items, /api/items",
    "/api, /, /api/",
    "/api, items, /api/items"
  })
  void joinPutsOneSlashBetweenPrefixAndRoute(String prefix, String route, String joined) {
    assertThat(RouteTemplate.join(prefix, route)).isEqualTo(joined);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/                  | ''",
        "/items             | ''",
        "/items/{id}        | id",
        "/a/{x}/b/{y_2}     | x y_2",
        "/files/{name}/     | name"
      })
  void parsesParametersInOrder(String template, String params) {
    RouteTemplate.Parsed parsed = RouteTemplate.parse(template);
    assertThat(parsed.problems()).isEmpty();
    assertThat(String.join(" ", parsed.params())).isEqualTo(params);
  }

  @ParameterizedTest
  @CsvSource({"/items/{id}, /items/{}", "/a/{x}/b/{y}, /a/{}/b/{}", "/plain, /plain"})
  void shapeForgetsParameterNames(String template, String shape) {
    assertThat(RouteTemplate.shape(template)).isEqualTo(shape);
  }
}
