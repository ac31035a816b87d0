package lib.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Walks a buffer along a {@link TableLayout} and checks that every offset, string, vector and nested table
 * lies inside the buffer and every required field is present, so that the generated readers afterwards
 * never index outside it. flatc 2.0.8 generates no verifier for Java; this is ours, in one place.
 */
final class Verifier {

    private static final int MAX_DEPTH = 64;
    /** Offsets may point at one table many times; this bounds the work a hostile buffer can cause. */
    private static final int MAX_TABLES = 1_000_000;

    private final Schema schema;
    private final ByteBuffer bytes;
    private final int length;
    private int tables;

    Verifier(Schema schema, byte[] bytes) {
        this.schema = schema;
        this.bytes = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.length = bytes.length;
    }

    void verifyRoot() {
        long root = unsignedInt(0, "the root offset");
        verifyTable(schema.root(), root, 0);
    }

    private void verifyTable(TableLayout layout, long table, int depth) {
        if (depth > MAX_DEPTH) {
            fail(layout.name(), "tables nested deeper than " + MAX_DEPTH);
        }
        if (++tables > MAX_TABLES) {
            fail(layout.name(), "more than " + MAX_TABLES + " tables");
        }
        require(table, 4, layout.name(), "table");
        long vtable = table - bytes.getInt((int) table);
        require(vtable, 4, layout.name(), "vtable");
        int vtableSize = Short.toUnsignedInt(bytes.getShort((int) vtable));
        int tableSize = Short.toUnsignedInt(bytes.getShort((int) vtable + 2));
        if (vtableSize < 4 || vtableSize % 2 != 0) {
            fail(layout.name(), "vtable size " + vtableSize + " is invalid");
        }
        require(vtable, vtableSize, layout.name(), "vtable");
        require(table, Math.max(tableSize, 4), layout.name(), "table");
        List<TableLayout.Field> fields = layout.fields();
        int unionType = 0;
        for (int slot = 0; slot < fields.size(); slot++) {
            TableLayout.Field field = fields.get(slot);
            String where = layout.name() + "." + field.name() + " (slot " + slot + ")";
            int entry = 4 + 2 * slot;
            int offset = entry < vtableSize ? Short.toUnsignedInt(bytes.getShort((int) vtable + entry)) : 0;
            if (offset == 0) {
                if (field.required()) {
                    fail(where, "required field is missing");
                }
                unionType = 0;
                continue;
            }
            int width = field.kind() == TableLayout.Kind.SCALAR || field.kind() == TableLayout.Kind.UNION_TYPE
                    ? field.size()
                    : 4;
            if (offset + width > tableSize) {
                fail(where, "field lies outside its table");
            }
            long position = table + offset;
            switch (field.kind()) {
                case SCALAR -> {}
                case UNION_TYPE -> unionType = Byte.toUnsignedInt(bytes.get((int) position));
                case STRING -> verifyVector(position, 1, true, where);
                case VECTOR -> verifyVector(position, field.size(), false, where);
                case STRING_VECTOR -> {
                    long first = verifyVector(position, 4, false, where);
                    for (long element = first; element < first + 4L * count(first); element += 4) {
                        verifyVector(element, 1, true, where);
                    }
                }
                case TABLE -> verifyTable(field.table(), target(position, where), depth + 1);
                case TABLE_VECTOR -> {
                    long first = verifyVector(position, 4, false, where);
                    for (long element = first; element < first + 4L * count(first); element += 4) {
                        verifyTable(field.table(), target(element, where), depth + 1);
                    }
                }
                case UNION -> {
                    if (unionType == 0 || unionType > field.members().size()) {
                        fail(
                                where,
                                "union type " + unionType + " is not one of 1.."
                                        + field.members().size());
                    }
                    verifyTable(field.members().get(unionType - 1), target(position, where), depth + 1);
                }
            }
        }
    }

    /** Checks the vector (or string) that {@code position} points to; returns the position of its first element. */
    private long verifyVector(long position, int elementSize, boolean string, String where) {
        long vector = target(position, where);
        require(vector, 4, where, string ? "string length" : "vector length");
        long size = (long) elementSize * count(vector + 4) + (string ? 1 : 0);
        require(vector + 4, size, where, string ? "string" : "vector");
        return vector + 4;
    }

    /** The number of elements of the vector whose first element is at {@code first}. */
    private long count(long first) {
        return Integer.toUnsignedLong(bytes.getInt((int) first - 4));
    }

    private long target(long position, String where) {
        require(position, 4, where, "offset");
        return position + Integer.toUnsignedLong(bytes.getInt((int) position));
    }

    private long unsignedInt(long position, String what) {
        require(position, 4, schema.root().name(), what);
        return Integer.toUnsignedLong(bytes.getInt((int) position));
    }

    private void require(long position, long size, String where, String what) {
        if (position < 0 || position + size > length) {
            fail(
                    where,
                    what + " at byte " + position + " runs past the end of the " + length + "-byte buffer"
                            + " (truncated?)");
        }
    }

    private void fail(String where, String problem) {
        throw new WireFormatException("invalid " + schema.identifier() + " message: " + where + ": " + problem);
    }
}
