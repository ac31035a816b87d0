package lib.nexus;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ListAssert;
import org.assertj.core.data.Offset;

/**
 * Checks shared by datasets and attributes: shape, element values (in C order, numbers compared by value),
 * single values that may be stored as a scalar or as a length-1 array.
 */
public abstract class AbstractDataAssert<SELF extends AbstractDataAssert<SELF>>
        extends AbstractAssert<SELF, DataValues> {

    protected AbstractDataAssert(DataValues actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /** The exact shape; no arguments means a scalar (rank 0). */
    public SELF hasShape(int... expected) {
        isNotNull();
        if (!Arrays.equals(actual.shape(), expected)) {
            fail("Expected " + actual.where() + " to have shape " + Arrays.toString(expected) + " but it has "
                    + actual.shapeText() + ": " + actual);
        }
        return myself;
    }

    /** Rank 0, as HEAD writes static scalars. */
    public SELF isScalar() {
        return hasShape();
    }

    /** The length of the first dimension: the number of messages written for a time series. */
    public SELF hasRows(int expected) {
        isNotNull();
        int rows = actual.rank() == 0 ? -1 : actual.shape()[0];
        if (rows != expected) {
            fail("Expected " + actual.where() + " to have " + expected + " rows but it has shape " + actual.shapeText()
                    + ": " + actual);
        }
        return myself;
    }

    /** Holds no element at all (a length-0 dataset). */
    public SELF isEmpty() {
        isNotNull();
        if (actual.size() != 0) {
            fail("Expected " + actual.where() + " to be empty but it holds " + actual);
        }
        return myself;
    }

    /** Holds at least one element. */
    public SELF isNotEmpty() {
        isNotNull();
        if (actual.size() == 0) {
            fail("Expected " + actual.where() + " to hold values but it is empty: " + actual);
        }
        return myself;
    }

    /** Exactly these elements, flattened in C order; numbers compare by value (5 equals 5.0). */
    public SELF containsExactly(Object... expected) {
        isNotNull();
        List<Object> elements = actual.elements();
        boolean same = elements.size() == expected.length;
        for (int i = 0; same && i < expected.length; i++) {
            same = DataValues.sameValue(elements.get(i), expected[i]);
        }
        if (!same) {
            fail("Expected " + actual.where() + " to contain exactly " + formatAll(expected) + " but it holds "
                    + actual.firstValues(Math.max(20, expected.length)) + " (" + actual.dtype() + " "
                    + actual.shapeText() + ")");
        }
        return myself;
    }

    /** Same as {@link #containsExactly}: reads better after {@code hasShape}. */
    public SELF hasValues(Object... expected) {
        return containsExactly(expected);
    }

    /** Exactly this many numeric elements, each within {@code offset} of the expected one. */
    public SELF hasValuesCloseTo(Offset<Double> offset, double... expected) {
        isNotNull();
        double[] values;
        try {
            values = actual.doubles();
        } catch (IllegalStateException e) {
            fail(e.getMessage());
            return myself;
        }
        boolean same = values.length == expected.length;
        for (int i = 0; same && i < expected.length; i++) {
            same = Math.abs(values[i] - expected[i]) <= offset.value;
        }
        if (!same) {
            fail("Expected " + actual.where() + " to hold " + Arrays.toString(expected) + " within " + offset.value
                    + " but it holds " + actual.firstValues(Math.max(20, expected.length)));
        }
        return myself;
    }

    /** The element at a flat (C order) index; {@code element(0)} of a [3, 1] dataset is its first row. */
    public ValueAssert element(int index) {
        isNotNull();
        if (index < 0 || index >= actual.size()) {
            fail("Expected " + actual.where() + " to have an element [" + index + "] but it holds " + actual);
        }
        return new ValueAssert(actual.elements().get(index), actual.where() + "[" + index + "]");
    }

    public ValueAssert first() {
        return element(0);
    }

    public ValueAssert last() {
        isNotEmpty();
        return element(actual.size() - 1);
    }

    /**
     * The single value of a scalar written either way: rank 0 (HEAD static scalars, f144 statistics) or a
     * length-1 array (2022 static scalars, f142 statistics).
     */
    public ValueAssert scalarValue() {
        isNotNull();
        boolean rankZero = actual.rank() == 0 && actual.size() == 1;
        boolean lengthOne = actual.rank() == 1 && actual.shape()[0] == 1;
        if (!rankZero && !lengthOne) {
            fail("Expected " + actual.where() + " to be a scalar or a length-1 array but it has shape "
                    + actual.shapeText() + ": " + actual);
        }
        return new ValueAssert(actual.elements().get(0), actual.where());
    }

    /** All elements, for AssertJ's list assertions. */
    public ListAssert<Object> elements() {
        isNotNull();
        return new ListAssert<>(actual.elements()).as(actual.where());
    }

    protected void fail(String message) {
        failWithMessage("%s", message);
    }

    private static String formatAll(Object[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(DataValues.format(values[i]));
        }
        return text.append(']').toString();
    }
}
