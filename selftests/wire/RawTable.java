package selftests.wire;

import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads a flatbuffers table by vtable slot number with the runtime's raw {@link Table} API, independent of
 * the generated classes and of lib.wire: the tests use it to prove the field order matches protocol.md.
 */
final class RawTable extends Table {

    private RawTable(int position, ByteBuffer buffer) {
        __reset(position, buffer);
    }

    static RawTable root(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new RawTable(buffer.getInt(0), buffer);
    }

    /** Whether the vtable has an entry for {@code slot} (a field written, even with its default value). */
    boolean has(int slot) {
        return __offset(4 + 2 * slot) != 0;
    }

    /** The number of slots the vtable describes. */
    int slotCount() {
        int vtable = bb_pos - bb.getInt(bb_pos);
        return (Short.toUnsignedInt(bb.getShort(vtable)) - 4) / 2;
    }

    private int at(int slot) {
        int offset = __offset(4 + 2 * slot);
        if (offset == 0) {
            throw new AssertionError("slot " + slot + " is absent");
        }
        return bb_pos + offset;
    }

    byte int8(int slot) {
        return bb.get(at(slot));
    }

    short int16(int slot) {
        return bb.getShort(at(slot));
    }

    int int32(int slot) {
        return bb.getInt(at(slot));
    }

    long int64(int slot) {
        return bb.getLong(at(slot));
    }

    float float32(int slot) {
        return bb.getFloat(at(slot));
    }

    double float64(int slot) {
        return bb.getDouble(at(slot));
    }

    String string(int slot) {
        return __string(at(slot));
    }

    RawTable table(int slot) {
        return new RawTable(__indirect(at(slot)), bb);
    }

    int length(int slot) {
        return __vector_len(__offset(4 + 2 * slot));
    }

    /** Element {@code index} of a vector of {@code size}-byte scalars, as a long (sign-extended). */
    long element(int slot, int size, int index) {
        int position = __vector(__offset(4 + 2 * slot)) + index * size;
        return switch (size) {
            case 1 -> bb.get(position);
            case 2 -> bb.getShort(position);
            case 4 -> bb.getInt(position);
            default -> bb.getLong(position);
        };
    }

    double doubleElement(int slot, int index) {
        return bb.getDouble(__vector(__offset(4 + 2 * slot)) + index * 8);
    }

    float floatElement(int slot, int index) {
        return bb.getFloat(__vector(__offset(4 + 2 * slot)) + index * 4);
    }

    RawTable tableElement(int slot, int index) {
        return new RawTable(__indirect(__vector(__offset(4 + 2 * slot)) + index * 4), bb);
    }

    String stringElement(int slot, int index) {
        return __string(__vector(__offset(4 + 2 * slot)) + index * 4);
    }
}
