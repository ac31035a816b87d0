package lib.stream;

import java.lang.reflect.Array;
import java.math.BigInteger;

/**
 * jhdf hands back a 1-D dataset as the Java array of its type (int[], long[], short[], byte[], float[], double[],
 * or BigInteger[] for uint64); these turn any of them into one primitive type, scaled to nanoseconds on the way.
 */
final class NumericArrays {
    private NumericArrays() {}

    /** The elements times {@code scale}, rounded to whole numbers. */
    static long[] toLongs(Object array, double scale, String where) {
        if (array == null) {
            return new long[0];
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException(where + ": expected a 1-D numeric dataset, found a scalar");
        }
        int length = Array.getLength(array);
        long[] out = new long[length];
        boolean exact = scale == Math.rint(scale);
        for (int i = 0; i < length; i++) {
            Object element = Array.get(array, i);
            if (!(element instanceof Number number)) {
                throw new IllegalArgumentException(where + ": expected numbers, found " + element);
            }
            if (number instanceof Double || number instanceof Float) {
                out[i] = Math.round(number.doubleValue() * scale);
            } else if (number instanceof BigInteger big) {
                out[i] = exact ? big.longValue() * (long) scale : Math.round(big.doubleValue() * scale);
            } else {
                out[i] = exact ? number.longValue() * (long) scale : Math.round(number.longValue() * scale);
            }
        }
        return out;
    }

    /** The elements, scaled, as int32 (times of flight, detector ids); fails on one that does not fit. */
    static int[] toInts(Object array, double scale, String where) {
        long[] wide = toLongs(array, scale, where);
        int[] out = new int[wide.length];
        for (int i = 0; i < wide.length; i++) {
            if (wide[i] != (int) wide[i]) {
                throw new IllegalArgumentException(where + "[" + i + "] = " + wide[i] + " does not fit an int32");
            }
            out[i] = (int) wide[i];
        }
        return out;
    }
}
