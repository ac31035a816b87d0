package lib.runner;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * The {@code -k} selection, plugged into the JUnit Platform through ServiceLoader. It reads the expression from
 * the system property {@value #PROPERTY}; without it every test is kept.
 */
public final class KeywordFilter implements PostDiscoveryFilter {
    public static final String PROPERTY = "fwst.keywordExpression";

    private final KeywordExpression expression;

    public KeywordFilter() {
        String text = System.getProperty(PROPERTY, "");
        this.expression = text.isBlank() ? null : KeywordExpression.parse(text);
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (expression == null) {
            return FilterResult.included("no -k given");
        }
        return expression.matches(TestNames.of(descriptor))
                ? FilterResult.included("matches -k " + expression)
                : FilterResult.excluded("does not match -k " + expression);
    }
}
