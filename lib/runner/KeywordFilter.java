package lib.runner;

import java.util.Optional;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * The {@code -k} selection, plugged into the JUnit Platform through ServiceLoader. It reads the expression from
 * the system property {@value #PROPERTY}; without it every test is kept. A parameterised test is kept while one
 * of its invocations might match; {@link KeywordCondition} then deselects the invocations that do not. Tests tagged
 * {@value #STRESS_TAG} run only when a {@code -k} expression selects them ({@code -k stress}): a normal run leaves
 * them out.
 */
public final class KeywordFilter implements PostDiscoveryFilter {
    public static final String PROPERTY = "fwst.keywordExpression";
    /** The JUnit tag of tests too long for a normal run. */
    public static final String STRESS_TAG = "stress";

    private final KeywordExpression expression;

    public KeywordFilter() {
        this.expression = fromSystemProperty();
    }

    /** The run's {@code -k} expression; null when there is none. */
    static KeywordExpression fromSystemProperty() {
        String text = System.getProperty(PROPERTY, "");
        return text.isBlank() ? null : KeywordExpression.parse(text);
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (expression == null) {
            return isStress(descriptor)
                    ? FilterResult.excluded("a stress test: runs only when -k selects it, e.g. -k stress")
                    : FilterResult.included("no -k given");
        }
        boolean selected = descriptor.mayRegisterTests()
                ? expression.mightMatch(TestNames.of(descriptor))
                : expression.matches(TestNames.of(descriptor));
        return selected
                ? FilterResult.included("matches -k " + expression)
                : FilterResult.excluded("does not match -k " + expression);
    }

    private static boolean isStress(TestDescriptor descriptor) {
        for (Optional<TestDescriptor> level = Optional.of(descriptor);
                level.isPresent();
                level = level.get().getParent()) {
            if (level.get().getTags().contains(TestTag.create(STRESS_TAG))) {
                return true;
            }
        }
        return false;
    }
}
