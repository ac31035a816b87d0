package lib.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@code -k} selection for tests that get their names only when they run (invocations of a parameterised
 * test, dynamic tests): those that do not match are skipped with {@link #DESELECTED}, which the
 * {@link ProgressListener} neither prints nor counts. Registered with Jupiter through ServiceLoader.
 */
public final class KeywordCondition implements ExecutionCondition {
    static final String DESELECTED = "deselected by -k";

    private final KeywordExpression expression = KeywordFilter.fromSystemProperty();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (expression == null || !isRuntimeTest(context) || expression.matches(namesOf(context))) {
            return ConditionEvaluationResult.enabled("selected");
        }
        return ConditionEvaluationResult.disabled(DESELECTED);
    }

    private static boolean isRuntimeTest(ExtensionContext context) {
        String id = context.getUniqueId();
        int lastSegment = id.lastIndexOf("/[");
        String kind = lastSegment < 0 ? id : id.substring(lastSegment);
        return kind.contains("-invocation:") || kind.contains("dynamic-test:");
    }

    private static List<String> namesOf(ExtensionContext context) {
        List<String> names = new ArrayList<>();
        for (Optional<ExtensionContext> level = Optional.of(context);
                level.isPresent() && level.get().getParent().isPresent();
                level = level.get().getParent()) {
            names.add(level.get().getDisplayName());
        }
        context.getTestMethod().ifPresent(method -> names.add(method.getName()));
        context.getTestClass().ifPresent(type -> names.add(type.getSimpleName()));
        return names;
    }
}
