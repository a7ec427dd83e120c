package io.promwire.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Templates the container matched, or read from annotations at start-up, as path labels. */
class TemplatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''                  | ''              | /",
        "/                   | ''              | /",
        "items/              | {type}          | /items/{type}",
        "/items              | /{id: \\d+}/notes | /items/{id}/notes",
        "/files              | '{name: [a-z]{1,3}}.txt' | /files/{name}.txt",
        "/a/                 | /               | /a",
      })
  void joinsAsJakartaRestDoesAndLeavesRegularExpressionsOut(
      String classPath, String methodPath, String label) {
    assertThat(Templates.join(classPath, methodPath)).isEqualTo(label);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"/items/{id: \\d+}/ | /items/{id}", "items | /items", "/ | /"})
  void normalizesWhatTheContainerMatched(String matched, String label) {
    assertThat(Templates.normalize(matched)).isEqualTo(label);
  }
}
