package lib.wire;

import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * A value of the f142/f144 {@code Value} union: its {@link ValueType} and its elements as a primitive array
 * ({@code byte[]}, {@code short[]}, {@code int[]}, {@code long[]}, {@code float[]} or {@code double[]}, by
 * width); a scalar holds exactly one element.
 *
 * <p>Unsigned types keep their raw bits in the signed type of the same width, so nothing is lost and the
 * bits go to the wire (and to HDF5) unchanged: {@code Value.ofUByte(200)} holds {@code (byte) -56}.
 * {@link #longAt}, {@link #doubleAt} and {@link #numberAt} give the unsigned value back; for ULONG,
 * {@link #longAt} returns the bits and {@link #numberAt} a {@link BigInteger}.
 *
 * <p>The array is shared, not copied: treat it as read-only. Equality compares the elements.
 */
public record Value(ValueType type, Object elements) {

    public Value {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(elements, "elements");
        if (!type.carrier.arrayType.isInstance(elements)) {
            throw new IllegalArgumentException("a " + type + " value holds a " + type.carrier.arrayType.getSimpleName()
                    + ", not a " + elements.getClass().getSimpleName());
        }
        if (!type.isArray() && Array.getLength(elements) != 1) {
            throw new IllegalArgumentException(
                    "a scalar " + type + " value holds exactly one element, not " + Array.getLength(elements));
        }
    }

    public static Value ofByte(byte value) {
        return new Value(ValueType.BYTE, new byte[] {value});
    }

    /** @param value 0 to 255 */
    public static Value ofUByte(int value) {
        return new Value(ValueType.UBYTE, new byte[] {(byte) unsigned(value, 8)});
    }

    public static Value ofShort(short value) {
        return new Value(ValueType.SHORT, new short[] {value});
    }

    /** @param value 0 to 65535 */
    public static Value ofUShort(int value) {
        return new Value(ValueType.USHORT, new short[] {(short) unsigned(value, 16)});
    }

    public static Value ofInt(int value) {
        return new Value(ValueType.INT, new int[] {value});
    }

    /** @param value 0 to 2^32 - 1 */
    public static Value ofUInt(long value) {
        return new Value(ValueType.UINT, new int[] {(int) unsigned(value, 32)});
    }

    public static Value ofLong(long value) {
        return new Value(ValueType.LONG, new long[] {value});
    }

    /** @param bits the unsigned value's bits, e.g. {@code Long.parseUnsignedLong("18446744073709551615")} */
    public static Value ofULong(long bits) {
        return new Value(ValueType.ULONG, new long[] {bits});
    }

    public static Value ofFloat(float value) {
        return new Value(ValueType.FLOAT, new float[] {value});
    }

    public static Value ofDouble(double value) {
        return new Value(ValueType.DOUBLE, new double[] {value});
    }

    /**
     * An array value of {@code type}'s array form ({@code INT} or {@code ARRAY_INT} both give an ArrayInt);
     * {@code elements} is the matching primitive array, unsigned types as raw bits.
     */
    public static Value ofArray(ValueType type, Object elements) {
        return new Value(type.array(), elements);
    }

    public static Value ofBytes(byte... elements) {
        return new Value(ValueType.ARRAY_BYTE, elements);
    }

    public static Value ofInts(int... elements) {
        return new Value(ValueType.ARRAY_INT, elements);
    }

    public static Value ofLongs(long... elements) {
        return new Value(ValueType.ARRAY_LONG, elements);
    }

    public static Value ofDoubles(double... elements) {
        return new Value(ValueType.ARRAY_DOUBLE, elements);
    }

    /** The number of elements (1 for a scalar). */
    public int size() {
        return Array.getLength(elements);
    }

    /** Element {@code index} as a long: unsigned types widened without sign; ULONG as its bits; floats truncated. */
    public long longAt(int index) {
        return switch (type.carrier) {
            case FLOAT, DOUBLE -> (long) Array.getDouble(elements, index);
            case LONG -> Array.getLong(elements, index);
            default -> type.isUnsigned()
                    ? Array.getLong(elements, index) & (-1L >>> (64 - 8 * type.carrier.size))
                    : Array.getLong(elements, index);
        };
    }

    /** Element {@code index} as a double, unsigned types by their unsigned value. */
    public double doubleAt(int index) {
        if (type.element() == ValueType.ULONG) {
            return new BigInteger(Long.toUnsignedString(longAt(index))).doubleValue();
        }
        return type.isUnsigned() ? longAt(index) : Array.getDouble(elements, index);
    }

    /**
     * Element {@code index} as the exact boxed number: Byte, Short, Integer, Long, Float or Double for the
     * signed types; the next wider type for unsigned ones (UBYTE → Short, USHORT → Integer, UINT → Long,
     * ULONG → BigInteger).
     */
    public Number numberAt(int index) {
        return switch (type.element()) {
            case UBYTE -> (short) longAt(index);
            case USHORT -> (int) longAt(index);
            case UINT -> longAt(index);
            case ULONG -> new BigInteger(Long.toUnsignedString(longAt(index)));
            default -> (Number) Array.get(elements, index);
        };
    }

    /** All elements by {@link #doubleAt}. */
    public double[] toDoubles() {
        double[] values = new double[size()];
        Arrays.setAll(values, this::doubleAt);
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Value value
                && type == value.type
                && Arrays.deepEquals(new Object[] {elements}, new Object[] {value.elements});
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.deepHashCode(new Object[] {elements});
    }

    @Override
    public String toString() {
        String text = Arrays.deepToString(new Object[] {elements});
        return type + (type.isArray() ? text.substring(1, text.length() - 1) : "(" + numberAt(0) + ")");
    }

    private static long unsigned(long value, int bits) {
        if (value < 0 || value >= 1L << bits) {
            throw new IllegalArgumentException(value + " does not fit an unsigned " + bits + "-bit value");
        }
        return value;
    }
}
