package lib.nexus;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;

/** One element read from a file; numbers compare by value whatever their Java type. */
public final class ValueAssert extends AbstractAssert<ValueAssert, Object> {
    private final String where;

    ValueAssert(Object actual, String where) {
        super(actual, ValueAssert.class);
        this.where = where;
    }

    /** Numbers by value (int32 5 equals 5L and 5.0, uint64 equals a BigInteger), anything else by equals. */
    @Override
    public ValueAssert isEqualTo(Object expected) {
        if (!DataValues.sameValue(actual, expected)) {
            failWithMessage(
                    "%s",
                    "Expected " + where + " to be " + DataValues.format(expected) + " but it is "
                            + DataValues.format(actual) + describeType());
        }
        return myself;
    }

    public ValueAssert isCloseTo(double expected, Offset<Double> offset) {
        if (!(actual instanceof Number number) || Math.abs(number.doubleValue() - expected) > offset.value) {
            failWithMessage(
                    "%s",
                    "Expected " + where + " to be " + expected + " within " + offset.value + " but it is "
                            + DataValues.format(actual) + describeType());
        }
        return myself;
    }

    /** The value as a string, for AssertJ's string assertions; fails if it is not a string. */
    public AbstractStringAssert<?> asText() {
        if (!(actual instanceof String)) {
            failWithMessage(
                    "%s",
                    "Expected " + where + " to be a string but it is " + DataValues.format(actual) + describeType());
        }
        return Assertions.assertThat((String) actual).as(where);
    }

    private String describeType() {
        return actual == null ? "" : " (" + actual.getClass().getSimpleName() + ")";
    }
}
