package lib.nexus;

import io.jhdf.api.Dataset;
import java.util.Arrays;
import org.assertj.core.api.AbstractAssert;

/**
 * Checks on a long 1-D integer dataset (events, times), read without boxing; a failure names the first index where
 * the values differ and shows the values around it, not millions of elements.
 */
public final class ColumnAssert extends AbstractAssert<ColumnAssert, long[]> {
    private static final int SHOWN_AROUND = 3;

    private final String where;

    ColumnAssert(Dataset dataset) {
        super(IntegerColumn.of(dataset), ColumnAssert.class);
        this.where = dataset.getPath();
    }

    public ColumnAssert hasLength(int expected) {
        if (actual.length != expected) {
            failWithMessage("Expected %s to hold %d values but it holds %d", where, expected, actual.length);
        }
        return myself;
    }

    /** Exactly these values, in this order (uint64 values compare by their bits). */
    public ColumnAssert holdsInOrder(long[] expected) {
        int common = Math.min(expected.length, actual.length);
        int mismatch = Arrays.mismatch(actual, 0, common, expected, 0, common);
        if (mismatch >= 0) {
            failWithMessage(
                    "Expected %s to hold the %d values given, in order, but at index %d it holds %d where %d was"
                            + " expected; around it, expected %s, found %s",
                    where,
                    expected.length,
                    mismatch,
                    actual[mismatch],
                    expected[mismatch],
                    around(expected, mismatch),
                    around(actual, mismatch));
        }
        if (actual.length != expected.length) {
            failWithMessage(
                    "Expected %s to hold the %d values given, in order; the first %d match, but it holds %d",
                    where, expected.length, common, actual.length);
        }
        return myself;
    }

    /** Exactly these values, in this order. */
    public ColumnAssert holdsInOrder(int[] expected) {
        return holdsInOrder(Arrays.stream(expected).asLongStream().toArray());
    }

    private static String around(long[] values, int index) {
        int from = Math.max(0, index - SHOWN_AROUND);
        int to = Math.min(values.length, index + SHOWN_AROUND + 1);
        return "[" + from + ".." + (to - 1) + "] " + Arrays.toString(Arrays.copyOfRange(values, from, to));
    }
}
