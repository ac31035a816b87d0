package lib.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A flatbuffers table inside a buffer, read without its schema: the vtable, the position of each slot's field, and
 * which fields look like offsets to strings, vectors or tables. Edits return changed copies, so structure-aware
 * mutations can drop a field (zero its vtable entry) or overwrite a scalar of any width with any bits.
 */
public final class FlatTable {
    private final byte[] bytes;
    private final ByteBuffer buffer;
    private final int table;
    private final int vtable;
    private final int vtableSize;
    private final int tableSize;

    private FlatTable(byte[] bytes, int table, int vtable, int vtableSize, int tableSize) {
        this.bytes = bytes;
        this.buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.table = table;
        this.vtable = vtable;
        this.vtableSize = vtableSize;
        this.tableSize = tableSize;
    }

    /** The root table, if the buffer's root offset and vtable lie inside it. */
    public static Optional<FlatTable> root(byte[] bytes) {
        if (bytes.length < 8) {
            return Optional.empty();
        }
        return at(bytes, ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
    }

    /** The table at {@code position}, if its vtable is plausible. */
    public static Optional<FlatTable> at(byte[] bytes, long position) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (position < 0 || position + 4 > bytes.length) {
            return Optional.empty();
        }
        long vtable = position - buffer.getInt((int) position);
        if (vtable < 0 || vtable + 4 > bytes.length) {
            return Optional.empty();
        }
        int vtableSize = Short.toUnsignedInt(buffer.getShort((int) vtable));
        int tableSize = Short.toUnsignedInt(buffer.getShort((int) vtable + 2));
        if (vtableSize < 4 || vtableSize % 2 != 0 || vtable + vtableSize > bytes.length) {
            return Optional.empty();
        }
        if (position + tableSize > bytes.length) {
            return Optional.empty();
        }
        return Optional.of(new FlatTable(bytes, (int) position, (int) vtable, vtableSize, tableSize));
    }

    public int position() {
        return table;
    }

    /** Slots the vtable has entries for (later slots are absent). */
    public int slots() {
        return (vtableSize - 4) / 2;
    }

    /** The field's offset from the table start; 0 when absent. */
    public int fieldOffset(int slot) {
        return slot < slots() ? Short.toUnsignedInt(buffer.getShort(vtable + 4 + 2 * slot)) : 0;
    }

    public boolean present(int slot) {
        return fieldOffset(slot) != 0;
    }

    /** Where the field's bytes start in the buffer, or -1 when absent. */
    public int fieldPosition(int slot) {
        int offset = fieldOffset(slot);
        return offset == 0 ? -1 : table + offset;
    }

    /** The position of the vtable entry of {@code slot}, or -1 when the vtable is too short to have one. */
    public int vtableEntryPosition(int slot) {
        return slot < slots() ? vtable + 4 + 2 * slot : -1;
    }

    /** A copy without the field: its vtable entry becomes 0, as if the field had never been written. */
    public byte[] withoutField(int slot) {
        byte[] copy = bytes.clone();
        int entry = vtableEntryPosition(slot);
        if (entry >= 0) {
            copy[entry] = 0;
            copy[entry + 1] = 0;
        }
        return copy;
    }

    /** A copy with the scalar field's {@code width} bytes set to the low bytes of {@code bits} (the field exists). */
    public byte[] withScalar(int slot, long bits, int width) {
        int position = fieldPosition(slot);
        if (position < 0 || position + width > bytes.length) {
            throw new IllegalArgumentException("slot " + slot + " is absent or runs past the buffer");
        }
        return Patch.littleEndian(bytes, position, bits, width);
    }

    /** The target of the offset field in {@code slot}, if the field holds a forward offset inside the buffer. */
    public Optional<Integer> offsetTarget(int slot) {
        int position = fieldPosition(slot);
        if (position < 0 || position + 4 > bytes.length) {
            return Optional.empty();
        }
        long target = position + Integer.toUnsignedLong(buffer.getInt(position));
        return target > position && target + 4 <= bytes.length ? Optional.of((int) target) : Optional.empty();
    }

    /**
     * Positions of the fields (of this table and of the tables they point to, {@code depth} levels down) that hold
     * a forward offset to something inside the buffer: strings, vectors, tables, or a scalar that happens to look
     * like one (harmless for fuzzing).
     */
    public List<Integer> offsetFields(int depth) {
        List<Integer> found = new ArrayList<>();
        for (int slot = 0; slot < slots(); slot++) {
            Optional<Integer> target = offsetTarget(slot);
            if (target.isEmpty()) {
                continue;
            }
            found.add(fieldPosition(slot));
            if (depth > 0) {
                at(bytes, target.get())
                        .filter(nested -> nested.table != table)
                        .ifPresent(nested -> found.addAll(nested.offsetFields(depth - 1)));
            }
        }
        return found;
    }
}
