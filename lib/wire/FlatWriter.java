package lib.wire;

import com.google.flatbuffers.FlatBufferBuilder;
import java.lang.reflect.Array;
import java.util.List;

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
     * Beware: with forced defaults, adding an absent (0) table or vector offset writes a bogus offset.
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

    /** A vector offset, or 0 (field absent) for null; the elements are copied in bulk, not one by one. */
    int bytes(byte[] values) {
        return vector(ValueType.Carrier.BYTE, values);
    }

    int ints(int[] values) {
        return vector(ValueType.Carrier.INT, values);
    }

    int longs(long[] values) {
        return vector(ValueType.Carrier.LONG, values);
    }

    /** A vector of the primitive array {@code elements} that {@code carrier} stands for; 0 for null. */
    int vector(ValueType.Carrier carrier, Object elements) {
        if (elements == null) {
            return 0;
        }
        int count = Array.getLength(elements);
        Vectors.put(builder.createUnintializedVector(carrier.size, count, carrier.size), carrier, elements);
        return builder.endVector();
    }

    /** A vector of strings, or 0 for null. */
    int strings(List<String> texts) {
        if (texts == null) {
            return 0;
        }
        return offsets(texts.stream().mapToInt(this::string).toArray());
    }

    /** A vector of offsets (of tables or strings) created before. */
    int offsets(int[] offsets) {
        return builder.createVectorOfTables(offsets);
    }

    byte[] finish(int root, String identifier) {
        builder.finish(root, identifier);
        return builder.sizedByteArray();
    }
}
