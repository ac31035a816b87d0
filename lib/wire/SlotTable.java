package lib.wire;

import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A table read by vtable slot instead of through a generated class: for union members whose layout several
 * schemas share (the value tables of f142 and f144, the arrays of senv, se00 and hs00). Generated union
 * accessors ({@code value(Table)}) point it at the member.
 */
final class SlotTable extends Table {

    /** A little-endian buffer over the {@code size} bytes of the scalar in {@code slot}, or null when absent. */
    ByteBuffer scalar(int slot, int size) {
        int offset = __offset(4 + 2 * slot);
        if (offset == 0) {
            return null;
        }
        return bb.duplicate()
                .order(ByteOrder.LITTLE_ENDIAN)
                .position(bb_pos + offset)
                .limit(bb_pos + offset + size);
    }

    /** A little-endian buffer over the elements of the vector in {@code slot}, or null when absent. */
    ByteBuffer vector(int slot, int elementSize) {
        return __vector_as_bytebuffer(4 + 2 * slot, elementSize);
    }
}
