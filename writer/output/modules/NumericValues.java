package writer.output.modules;

import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/**
 * Numbers read from a message, held without loss: integers in a long[] (unsigned 64-bit values as their bit
 * pattern, flagged), floating-point values in a double[].
 */
public final class NumericValues {
    private final long[] integers;
    private final double[] floats;
    private final boolean unsigned64;

    private NumericValues(long[] integers, double[] floats, boolean unsigned64) {
        this.integers = integers;
        this.floats = floats;
        this.unsigned64 = unsigned64;
    }

    public static NumericValues ofIntegers(long[] values, boolean unsigned64) {
        return new NumericValues(values, null, unsigned64);
    }

    public static NumericValues ofFloats(double[] values) {
        return new NumericValues(null, values, false);
    }

    /** The elements of a lib.wire value (scalar or array); unsigned ones as their unsigned numbers. */
    public static NumericValues of(lib.wire.Value value) {
        Object elements = value.elements();
        if (elements instanceof double[]) {
            return ofFloats((double[]) elements);
        }
        if (elements instanceof float[]) {
            float[] floats = (float[]) elements;
            double[] widened = new double[floats.length];
            for (int i = 0; i < floats.length; i++) {
                widened[i] = floats[i];
            }
            return ofFloats(widened);
        }
        if (elements instanceof long[]) {
            return ofIntegers((long[]) elements, value.type().isUnsigned());
        }
        long[] integers = new long[value.size()];
        for (int i = 0; i < integers.length; i++) {
            integers[i] = value.longAt(i); // narrower unsigned types come back widened without sign
        }
        return ofIntegers(integers, false);
    }

    public int length() {
        return integers != null ? integers.length : floats.length;
    }

    public boolean isFloating() {
        return floats != null;
    }

    /** The value as a long: integers exactly (bit pattern for uint64), floats truncated. */
    public long asLong(int index) {
        return integers != null ? integers[index] : (long) floats[index];
    }

    public double asDouble(int index) {
        if (floats != null) {
            return floats[index];
        }
        long value = integers[index];
        if (unsigned64 && value < 0) {
            return (double) (value >>> 1) * 2.0 + (value & 1);
        }
        return value;
    }

    /** Appends every value, converted to the dataset's type. */
    public void appendTo(AppendableDataset dataset) {
        if (integers != null) {
            if (unsigned64 && dataset.type().isFloatingPoint()) {
                for (int i = 0; i < integers.length; i++) {
                    dataset.appendDouble(asDouble(i));
                }
            } else {
                dataset.appendLongs(integers, 0, integers.length);
            }
        } else {
            dataset.appendDoubles(floats, 0, floats.length);
        }
    }

    /** Appends the values as one row of `width` elements, zero-filled (or cut) to that width. */
    public void appendRowTo(AppendableDataset dataset, int width) {
        if (integers != null) {
            long[] row = new long[width];
            System.arraycopy(integers, 0, row, 0, Math.min(width, integers.length));
            NumericValues.ofIntegers(row, unsigned64).appendTo(dataset);
        } else {
            double[] row = new double[width];
            System.arraycopy(floats, 0, row, 0, Math.min(width, floats.length));
            dataset.appendDoubles(row, 0, width);
        }
    }

    /** Decodes little-endian raw element bytes (ADAr/ad00/da00 data) of the given type. */
    public static NumericValues fromRawBytes(java.nio.ByteBuffer raw, DataType type) {
        java.nio.ByteBuffer bytes = raw.slice().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int count = bytes.remaining() / type.elementBytes();
        if (type.isFloatingPoint()) {
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                values[i] = type.kind() == DataType.Kind.FLOAT32 ? bytes.getFloat(i * 4) : bytes.getDouble(i * 8);
            }
            return ofFloats(values);
        }
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = readInteger(bytes, i, type);
        }
        return ofIntegers(values, type.kind() == DataType.Kind.UINT64);
    }

    private static long readInteger(java.nio.ByteBuffer bytes, int index, DataType type) {
        switch (type.kind()) {
            case INT8:
                return bytes.get(index);
            case UINT8:
                return bytes.get(index) & 0xFFL;
            case INT16:
                return bytes.getShort(index * 2);
            case UINT16:
                return bytes.getShort(index * 2) & 0xFFFFL;
            case INT32:
                return bytes.getInt(index * 4);
            case UINT32:
                return bytes.getInt(index * 4) & 0xFFFFFFFFL;
            default:
                return bytes.getLong(index * 8);
        }
    }
}
