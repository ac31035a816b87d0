package lib.runner;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * {@code --fail-fast}: after the first failing test every later test is skipped with the failure's name as reason.
 * Registered with Jupiter through ServiceLoader (extension auto-detection); inactive unless the configuration
 * parameter {@value #ENABLED} is true. The first failure is kept in the root store: it is the run's, not the JVM's.
 */
public final class FailFast implements ExecutionCondition, TestWatcher {
    /** Configuration parameter: whether --fail-fast was given. */
    public static final String ENABLED = "fwst.failFast";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FailFast.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String failure = firstFailure(context).get();
        if (failure != null
                && context.getConfigurationParameter(ENABLED, Boolean::parseBoolean)
                        .orElse(false)) {
            return ConditionEvaluationResult.disabled("--fail-fast: " + failure + " failed");
        }
        return ConditionEvaluationResult.enabled("no failure yet");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        firstFailure(context).compareAndSet(null, context.getDisplayName());
    }

    @SuppressWarnings("unchecked")
    private static AtomicReference<String> firstFailure(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("first failure", key -> new AtomicReference<String>(), AtomicReference.class);
    }
}
