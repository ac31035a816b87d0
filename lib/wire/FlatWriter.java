package lib.wire;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;

/** The shared steps of serialising a message: strings, vectors and finishing with the file identifier. */
final class FlatWriter {

    final FlatBufferBuilder builder;

    private FlatWriter(boolean forceDefaults) {
        builder = new FlatBufferBuilder(256);
        builder.forceDefaults(forceDefaults);
    }

    /**
     * For control messages: every scalar is written even when it equals its default, as the writer's own
     * Python tools do, and every string is present (a 6s4t without command_id crashes the real writer).
     */
    static FlatWriter control() {
        return new FlatWriter(true);
    }

    /** For data messages: defaults may be left out, as the schema allows. */
    static FlatWriter data() {
        return new FlatWriter(false);
    }

    /** A string offset; null is written as "" so that the field is always present. */
    int string(String text) {
        return builder.createString(text == null ? "" : text);
    }

    /** A string offset, or 0 (field absent) for null. */
    int optionalString(String text) {
        return text == null ? 0 : builder.createString(text);
    }

    /** A vector offset, or 0 (field absent) for null; the elements are copied in bulk, not one by one. */
    int bytes(byte[] values) {
        return values == null ? 0 : builder.createByteVector(values);
    }

    int shorts(short[] values) {
        if (values == null) {
            return 0;
        }
        vector(Short.BYTES, values.length).asShortBuffer().put(values);
        return builder.endVector();
    }

    int ints(int[] values) {
        if (values == null) {
            return 0;
        }
        vector(Integer.BYTES, values.length).asIntBuffer().put(values);
        return builder.endVector();
    }

    int longs(long[] values) {
        if (values == null) {
            return 0;
        }
        vector(Long.BYTES, values.length).asLongBuffer().put(values);
        return builder.endVector();
    }

    int floats(float[] values) {
        if (values == null) {
            return 0;
        }
        vector(Float.BYTES, values.length).asFloatBuffer().put(values);
        return builder.endVector();
    }

    int doubles(double[] values) {
        if (values == null) {
            return 0;
        }
        vector(Double.BYTES, values.length).asDoubleBuffer().put(values);
        return builder.endVector();
    }

    /** A vector of the primitive array {@code elements} that {@code carrier} stands for. */
    int vector(ValueType.Carrier carrier, Object elements) {
        return switch (carrier) {
            case BYTE -> bytes((byte[]) elements);
            case SHORT -> shorts((short[]) elements);
            case INT -> ints((int[]) elements);
            case LONG -> longs((long[]) elements);
            case FLOAT -> floats((float[]) elements);
            case DOUBLE -> doubles((double[]) elements);
        };
    }

    /** A vector of offsets (strings or tables) created before. */
    int offsets(int[] offsets) {
        return builder.createVectorOfTables(offsets);
    }

    private ByteBuffer vector(int elementSize, int count) {
        return builder.createUnintializedVector(elementSize, count, elementSize);
    }

    byte[] finish(int root, String identifier) {
        builder.finish(root, identifier);
        return builder.sizedByteArray();
    }
}
