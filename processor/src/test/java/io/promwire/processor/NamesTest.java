package io.promwire.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest
  @CsvSource({
    "invocation_by_type, INVOCATION_BY_TYPE",
    "requestsByStatus, REQUESTS_BY_STATUS",
    "app:requests, APP_REQUESTS",
    "_private, _PRIVATE",
    "Color, COLOR",
    "HttpMethod, HTTP_METHOD"
  })
  void upperSnake(String name, String constant) {
    assertThat(Names.upperSnake(name)).isEqualTo(constant);
  }

  @ParameterizedTest
  @CsvSource({
    "ItemRoutes, itemRoutes",
    "URLRoutes, urlRoutes",
    "IO, io",
    "A, a",
    "OuterInner, outerInner",
    "lower, lower"
  })
  void lowerCamel(String name, String slot) {
    assertThat(Names.lowerCamel(name)).isEqualTo(slot);
  }
}
