package lib.nexus;

import io.jhdf.api.Dataset;
import java.math.BigInteger;

/**
 * A 1-D integer dataset as a {@code long[]}, without boxing: for datasets of millions of events, where
 * {@link DataValues}' list of boxed elements would cost seconds and hundreds of megabytes.
 */
final class IntegerColumn {
    private IntegerColumn() {}

    static long[] of(Dataset dataset) {
        if (dataset.getDimensions().length != 1) {
            throw new IllegalStateException(dataset.getPath() + " is not 1-D: its shape is "
                    + java.util.Arrays.toString(dataset.getDimensions()));
        }
        Object data = dataset.getSize() == 0 ? null : dataset.getData();
        if (data == null) {
            return new long[0];
        }
        if (data instanceof long[] longs) {
            return longs;
        }
        long[] out = new long[java.lang.reflect.Array.getLength(data)];
        if (data instanceof int[] ints) {
            for (int i = 0; i < ints.length; i++) {
                out[i] = ints[i];
            }
        } else if (data instanceof short[] shorts) {
            for (int i = 0; i < shorts.length; i++) {
                out[i] = shorts[i];
            }
        } else if (data instanceof byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                out[i] = bytes[i];
            }
        } else if (data instanceof BigInteger[] bigs) {
            for (int i = 0; i < bigs.length; i++) {
                out[i] = bigs[i].longValue();
            }
        } else {
            throw new IllegalStateException(
                    dataset.getPath() + " holds " + DataValues.describe(dataset.getDataType()) + ", not integers");
        }
        return out;
    }
}
