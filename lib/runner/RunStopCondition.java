package lib.runner;

import lib.cli.RunParts;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Once the run stops (a signal, a broker that is gone: {@link RunStop}), every test not started yet is skipped,
 * silently: the run's closing line says why. Registered with Jupiter through ServiceLoader, like {@link FailFast}.
 */
public final class RunStopCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean stopped = context.getConfigurationParameter(RunParts.PARAMETER)
                .flatMap(key -> RunParts.find(key, RunStop.class))
                .map(RunStop::stopped)
                .orElse(false);
        return stopped
                ? ConditionEvaluationResult.disabled("the run stopped")
                : ConditionEvaluationResult.enabled("the run goes on");
    }
}
