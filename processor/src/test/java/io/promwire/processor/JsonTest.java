package io.promwire.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue's JSON writer: escapes and layout. */
class JsonTest {
  @Test
  void quotesEscapeWhatJsonRequiresAndKeepTheRest() {
    assertThat(Json.quote("say \"hi\" \\ now")).isEqualTo("\"say \\\"hi\\\" \\\\ now\"");
    assertThat(Json.quote("a\nb\tc\rd\be\ff")).isEqualTo("\"a\\nb\\tc\\rd\\be\\ff\"");
    assertThat(Json.quote("\u0001\u001f")).isEqualTo("\"\\u0001\\u001f\"");
    assertThat(Json.quote("größe / µs")).isEqualTo("\"größe / µs\"");
  }

  @Test
  void objectsGetALinePerMemberAndPlainArraysStayOnOne() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("on", true);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("n", 1);
    outer.put("bounds", List.of(0.005, 10.0));
    outer.put("none", List.of());
    outer.put("empty", Map.of());
    outer.put("objects", List.of(inner));

    assertThat(Json.write(outer)).isEqualTo("""
        {
          "n": 1,
          "bounds": [0.005, 10.0],
          "none": [],
          "empty": {},
          "objects": [
            {
              "on": true
            }
          ]
        }
        """);
  }

  @Test
  void refusesWhatJsonCannotSay() {
    assertThatThrownBy(() -> Json.write(List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.write(List.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
