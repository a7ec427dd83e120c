package io.promwire.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.MappingMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingLabelTest {

  private static HttpServletMapping mapping(MappingMatch match, String pattern, String servlet) {
    return new HttpServletMapping() {
      @Override
      public String getMatchValue() {
        return "whatever the URL was";
      }

      @Override
      public String getPattern() {
        return pattern;
      }

      @Override
      public String getServletName() {
        return servlet;
      }

      @Override
      public MappingMatch getMappingMatch() {
        return match;
      }
    };
  }

  @ParameterizedTest
  @CsvSource({"PATH, /legacy/*", "EXACT, /status", "EXTENSION, *.jsp"})
  void pathExactAndExtensionMappingsShowTheirPattern(MappingMatch match, String pattern) {
    assertThat(MappingLabel.of(mapping(match, pattern, "legacy")))
        .isEqualTo(new MappingLabel(pattern, "legacy"));
  }

  @Test
  void theContextRootShowsTheOneUrlItMatches() {
    assertThat(MappingLabel.of(mapping(MappingMatch.CONTEXT_ROOT, "", "home")))
        .isEqualTo(new MappingLabel("/", "home"));
  }

  @Test
  void theDefaultServletAndNoMappingAtAllAreUnmatched() {
    MappingLabel unmatched = new MappingLabel(null, null);
    assertThat(MappingLabel.of(mapping(MappingMatch.DEFAULT, "/", "default"))).isEqualTo(unmatched);
    assertThat(MappingLabel.of(mapping(null, "", ""))).isEqualTo(unmatched);
    assertThat(MappingLabel.of(null)).isEqualTo(unmatched);
  }
}
