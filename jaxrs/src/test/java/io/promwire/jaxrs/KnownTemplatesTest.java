package io.promwire.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The template a request no resource method answered is labelled with. */
class KnownTemplatesTest {
  private final KnownTemplates known = new KnownTemplates();

  @Test
  void aPathTakesTheTemplateItMatchesLiteralSegmentsFirst() {
    known.add("/items/{type}");
    known.add("/items/special");
    known.add("/");

    assertThat(known.match("/items/book")).isEqualTo("/items/{type}");
    assertThat(known.match("/items/special")).isEqualTo("/items/special");
    assertThat(known.match("/")).isEqualTo("/");
  }

  @Test
  void aPathNoTemplateMatchesHasNone() {
    known.add("/items/{type}");

    assertThat(known.match("/items")).isNull();
    assertThat(known.match("/items/a/b")).isNull();
    assertThat(known.match("/other/a")).isNull();
  }

  @Test
  void regularExpressionsAndTrailingSlashesAreLeftOut() {
    known.add("/search/{id: \\d+}/");

    assertThat(known.match("/search/7")).isEqualTo("/search/{id}");
  }
}
