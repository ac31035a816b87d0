package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import lib.runner.KeywordExpression;
import lib.runner.KeywordExpressionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordExpressionTest {
    private static final List<String> NAMES = List.of("FileWriterTest", "test_start_and_stop", "test_large[1 MiB]");

    private static boolean matches(String expression) {
        return KeywordExpression.parse(expression).matches(NAMES);
    }

    @Test
    void aWordMatchesAnySubstringIgnoringCase() {
        assertThat(matches("start")).isTrue();
        assertThat(matches("FILEWRITER")).isTrue();
        assertThat(matches("1")).isTrue();
        assertThat(matches("missing")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "start and stop | true",
                "start and missing | false",
                "missing or stop | true",
                "not missing | true",
                "not start | false",
                // not binds tighter than and, and tighter than or
                "not missing and start | true",
                "missing and stop or start | true",
                "start or stop and missing | true",
                "(start or stop) and missing | false",
                "not (start or missing) | false",
                "not not start | true",
                "((start)) | true",
            })
    void operatorsBindNotThenAndThenOr(String expression, boolean expected) {
        assertThat(matches(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "start and | found the end",
                "start stop | unexpected 'stop' at index 6",
                "(start | '(' at index 0 is never closed",
                "start) | unexpected ')' at index 5",
                "and start | unexpected 'and' at index 0",
                "not | found the end",
                "start or () | unexpected ')' at index 10",
            })
    void malformedExpressionsNameTheTokenAndIndex(String expression, String expectedPart) {
        assertThatThrownBy(() -> KeywordExpression.parse(expression))
                .isInstanceOf(KeywordExpressionException.class)
                .hasMessageContaining(expectedPart)
                .hasMessageStartingWith("-k '" + expression + "'");
    }

    @Test
    void aParameterisedTestIsKeptForItsInvocationsOnlyWhenItsOwnNamesMatchPartly() {
        List<String> template = List.of("LargeMessageTest", "test_large_start_message");
        assertThat(KeywordExpression.parse("large and 64").mightMatch(template)).isTrue();
        assertThat(KeywordExpression.parse("large and 64").matches(template)).isFalse();
        assertThat(KeywordExpression.parse("64").mightMatch(template)).isFalse();
        assertThat(KeywordExpression.parse("large and not message").mightMatch(template))
                .isFalse();
        assertThat(KeywordExpression.parse("not 64").matches(template)).isTrue();
    }

    @Test
    void anEmptyExpressionIsAnError() {
        assertThatThrownBy(() -> KeywordExpression.parse("  ")).hasMessageContaining("empty");
    }
}
