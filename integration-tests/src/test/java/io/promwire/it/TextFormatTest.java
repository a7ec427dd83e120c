package io.promwire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The load test's scrape parser must refuse what the format does not allow, or it proves nothing. */
class TextFormatTest {
  private static final String VALID =
      """
      # HELP req_total Requests, with \\\\ and \\n escaped
      # TYPE req_total counter
      req_total{path="/a\\"b\\\\c\\nd",status="200"} 3.0
      req_total{status="500"} 1.0 1700000000000
      # TYPE lat_seconds histogram
      lat_seconds_bucket{le="0.1"} 1
      lat_seconds_bucket{le="+Inf"} 2
      lat_seconds_count 2
      lat_seconds_sum 0.3
      # TYPE temp gauge
      temp -Inf
      temp_other NaN
      """;

  @Test
  void readsSamplesWithTheirLabelsSortedAndUnescapedThenEscapedAgain() {
    TextFormat.Exposition exposition = TextFormat.parse(VALID);

    assertThat(exposition.samples())
        .containsEntry("req_total{path=\"/a\\\"b\\\\c\\nd\",status=\"200\"}", 3.0)
        .containsEntry("lat_seconds_count", 2.0)
        .containsEntry("temp", Double.NEGATIVE_INFINITY)
        .containsKey("temp_other");
    assertThat(exposition.types()).containsEntry("lat_seconds", "histogram");
    assertThat(exposition.named("req_total")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x 1",
        "x{a=\"1\"} 1\nx{a=\"1\"} 2\n",
        "x{a=1} 1\n",
        "x{a=\"1\" b=\"2\"} 1\n",
        "x{a=\"\\t\"} 1\n",
        "x{__a=\"1\"} 1\n",
        "x{a=\"1\",a=\"2\"} 1\n",
        "9x 1\n",
        "x 1.0.0\n",
        "x 0x10\n",
        "x  1\n",
        "x 1 now\n",
        "# TYPE x counter\n# TYPE x counter\nx 1\n",
        "# TYPE x counter\nx -1\n",
        "# TYPE x wibble\nx 1\n",
        "# TYPE a gauge\na 1\n# TYPE b gauge\nb 1\na 2\n",
        "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_count 1\n",
        "# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_count 1\n",
        "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 2\nh_count 3\n",
      })
  void refusesWhatTheFormatDoesNotAllow(String malformed) {
    assertThatThrownBy(() -> TextFormat.parse(malformed))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
