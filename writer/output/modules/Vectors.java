package writer.output.modules;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Bulk copies of flatbuffer vectors (the `...AsByteBuffer()` views) into Java arrays. */
final class Vectors {
    private Vectors() {
    }

    static int[] ints(ByteBuffer view) {
        if (view == null) {
            return new int[0];
        }
        int[] values = new int[view.remaining() / 4];
        view.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(values);
        return values;
    }

    static long[] longs(ByteBuffer view) {
        if (view == null) {
            return new long[0];
        }
        long[] values = new long[view.remaining() / 8];
        view.order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(values);
        return values;
    }
}
