package lib.runner;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * The {@code -k} selection, plugged into the JUnit Platform through ServiceLoader. It reads the expression from
 * the system property {@value #PROPERTY}; without it every test is kept. A parameterised test is kept while one
 * of its invocations might match; {@link KeywordCondition} then deselects the invocations that do not.
 */
public final class KeywordFilter implements PostDiscoveryFilter {
    public static final String PROPERTY = "fwst.keywordExpression";

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
            return FilterResult.included("no -k given");
        }
        boolean selected = descriptor.mayRegisterTests()
                ? expression.mightMatch(TestNames.of(descriptor))
                : expression.matches(TestNames.of(descriptor));
        return selected
                ? FilterResult.included("matches -k " + expression)
                : FilterResult.excluded("does not match -k " + expression);
    }
}
