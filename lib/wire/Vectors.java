package lib.wire;

import java.nio.ByteBuffer;

/**
 * Copies a vector the generated reader hands out as a little-endian {@link ByteBuffer} (null when the field
 * is absent) into a Java array; an absent vector reads as an empty one.
 */
final class Vectors {

    private Vectors() {
    }

    static byte[] bytes(ByteBuffer vector) {
        byte[] values = new byte[vector == null ? 0 : vector.remaining()];
        if (vector != null) {
            vector.duplicate().get(values);
        }
        return values;
    }

    static short[] shorts(ByteBuffer vector) {
        short[] values = new short[vector == null ? 0 : vector.remaining() / Short.BYTES];
        if (vector != null) {
            vector.asShortBuffer().get(values);
        }
        return values;
    }

    static int[] ints(ByteBuffer vector) {
        int[] values = new int[vector == null ? 0 : vector.remaining() / Integer.BYTES];
        if (vector != null) {
            vector.asIntBuffer().get(values);
        }
        return values;
    }

    static long[] longs(ByteBuffer vector) {
        long[] values = new long[vector == null ? 0 : vector.remaining() / Long.BYTES];
        if (vector != null) {
            vector.asLongBuffer().get(values);
        }
        return values;
    }

    static float[] floats(ByteBuffer vector) {
        float[] values = new float[vector == null ? 0 : vector.remaining() / Float.BYTES];
        if (vector != null) {
            vector.asFloatBuffer().get(values);
        }
        return values;
    }

    static double[] doubles(ByteBuffer vector) {
        double[] values = new double[vector == null ? 0 : vector.remaining() / Double.BYTES];
        if (vector != null) {
            vector.asDoubleBuffer().get(values);
        }
        return values;
    }

    /** The elements of {@code vector} as the primitive array {@code carrier} stands for. */
    static Object array(ValueType.Carrier carrier, ByteBuffer vector) {
        return switch (carrier) {
            case BYTE -> bytes(vector);
            case SHORT -> shorts(vector);
            case INT -> ints(vector);
            case LONG -> longs(vector);
            case FLOAT -> floats(vector);
            case DOUBLE -> doubles(vector);
        };
    }

    /** A string field: absent reads as "", so records never hold null strings. */
    static String text(String value) {
        return value == null ? "" : value;
    }
}
