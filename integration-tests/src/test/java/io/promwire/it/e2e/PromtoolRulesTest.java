package io.promwire.it.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code docs/prometheus}'s rules pass promtool's check and their own unit tests. */
@ExtendWith(RequiresPrometheus.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PromtoolRulesTest {
  private static final Path RULES = Docs.file("prometheus/promwire-rules.yml");
  private static final Path RULE_TESTS = Docs.file("prometheus/promwire-rules.test.yml");

  @Test
  void rulesPassPromtoolCheckRules() throws Exception {
    Promtool.Result check = Promtool.run(null, "check", "rules", RULES.toString());

    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.output()).as(check.toString()).contains("SUCCESS");
  }

  @Test
  void rulesPassTheirUnitTests() throws Exception {
    // The test file names the rules file relative to itself, wherever promtool runs.
    Promtool.Result test = Promtool.run(null, "test", "rules", RULE_TESTS.toString());

    assertThat(test.exitCode()).as(test.toString()).isZero();
    assertThat(test.output()).as(test.toString()).contains("SUCCESS").doesNotContain("FAILED");
  }
}
