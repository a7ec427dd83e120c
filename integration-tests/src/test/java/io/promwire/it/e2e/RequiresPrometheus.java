package io.promwire.it.e2e;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class that needs {@code prometheus} and {@code promtool} when they are not on the
 * {@code PATH}, saying what to install. A skipped class shows in the test report, where an
 * assumption failing in {@code @BeforeAll} would leave no trace. When {@code
 * PROMWIRE_REQUIRE_PROMETHEUS=true} the class runs anyway, and fails for want of the tools.
 */
final class RequiresPrometheus implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return PrometheusTools.missing()
        .filter(missing -> !PrometheusTools.required())
        .map(ConditionEvaluationResult::disabled)
        .orElse(ConditionEvaluationResult.enabled("prometheus and promtool are on the PATH"));
  }
}
