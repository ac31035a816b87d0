package lib.wire;

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Moves elements between Java primitive arrays and little-endian buffers, in bulk. The generated readers
 * hand out a vector as such a buffer (null when the field is absent, read here as an empty array).
 */
final class Vectors {

    private Vectors() {}

    static byte[] bytes(ByteBuffer vector) {
        return (byte[]) array(ValueType.Carrier.BYTE, vector);
    }

    static int[] ints(ByteBuffer vector) {
        return (int[]) array(ValueType.Carrier.INT, vector);
    }

    static long[] longs(ByteBuffer vector) {
        return (long[]) array(ValueType.Carrier.LONG, vector);
    }

    /** The elements of the little-endian {@code vector} as the primitive array {@code carrier} stands for. */
    static Object array(ValueType.Carrier carrier, ByteBuffer vector) {
        int count = vector == null ? 0 : vector.remaining() / carrier.size;
        Object elements = Array.newInstance(carrier.arrayType.getComponentType(), count);
        if (vector != null) {
            switch (carrier) {
                case BYTE -> vector.duplicate().get((byte[]) elements);
                case SHORT -> vector.asShortBuffer().get((short[]) elements);
                case INT -> vector.asIntBuffer().get((int[]) elements);
                case LONG -> vector.asLongBuffer().get((long[]) elements);
                case FLOAT -> vector.asFloatBuffer().get((float[]) elements);
                case DOUBLE -> vector.asDoubleBuffer().get((double[]) elements);
            }
        }
        return elements;
    }

    /** Writes the primitive array {@code elements} into the little-endian {@code target} at its position. */
    static void put(ByteBuffer target, ValueType.Carrier carrier, Object elements) {
        switch (carrier) {
            case BYTE -> target.duplicate().put((byte[]) elements);
            case SHORT -> target.asShortBuffer().put((short[]) elements);
            case INT -> target.asIntBuffer().put((int[]) elements);
            case LONG -> target.asLongBuffer().put((long[]) elements);
            case FLOAT -> target.asFloatBuffer().put((float[]) elements);
            case DOUBLE -> target.asDoubleBuffer().put((double[]) elements);
        }
    }

    /** A vector of tables or strings as a list, element {@code i} read by {@code element}. */
    static <T> List<T> list(int length, IntFunction<T> element) {
        return IntStream.range(0, length).mapToObj(element).toList();
    }

    /** A string field: absent reads as "", so records never hold null strings. */
    static String text(String value) {
        return value == null ? "" : value;
    }
}
