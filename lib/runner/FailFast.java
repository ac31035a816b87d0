package lib.runner;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * {@code --fail-fast}: after the first failing test every later test is skipped with the failure's name as reason.
 * Registered with Jupiter through ServiceLoader (extension auto-detection); inactive unless {@value #PROPERTY} is true.
 */
public final class FailFast implements ExecutionCondition, TestWatcher {
    public static final String PROPERTY = "fwst.failFast";

    // One run per JVM: the first failure is run-wide state by nature.
    private static final AtomicReference<String> FIRST_FAILURE = new AtomicReference<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String failure = FIRST_FAILURE.get();
        if (failure != null && Boolean.getBoolean(PROPERTY)) {
            return ConditionEvaluationResult.disabled("--fail-fast: " + failure + " failed");
        }
        return ConditionEvaluationResult.enabled("no failure yet");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        FIRST_FAILURE.compareAndSet(null, context.getDisplayName());
    }
}
