package lib.wire;

import com.google.flatbuffers.FlatBufferBuilder;
import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * A union whose members are tables of one field {@code value} (slot 0), a scalar or a vector, each standing
 * for one {@link ValueType}: f142/f144's {@code Value}, hs00's {@code Array}, senv's and se00's
 * {@code ValueUnion}. They share their layout, so one codec serves all of them, working by slot rather than
 * through any schema's generated classes.
 */
final class ValueUnion {

    /** f142 and f144 {@code Value}: all 20 types, in {@link ValueType} order. */
    static final ValueUnion LOG_DATA = new ValueUnion(List.of(ValueType.values()), null, false);

    /** hs00 {@code Array}. */
    static final ValueUnion HISTOGRAM = new ValueUnion(
            List.of(ValueType.ARRAY_UINT, ValueType.ARRAY_ULONG, ValueType.ARRAY_DOUBLE, ValueType.ARRAY_FLOAT),
            null,
            false);

    /** senv {@code ValueUnion}: the eight integer arrays, whose vectors are required. */
    static final ValueUnion SENV = new ValueUnion(
            List.of(
                    ValueType.ARRAY_BYTE,
                    ValueType.ARRAY_UBYTE,
                    ValueType.ARRAY_SHORT,
                    ValueType.ARRAY_USHORT,
                    ValueType.ARRAY_INT,
                    ValueType.ARRAY_UINT,
                    ValueType.ARRAY_LONG,
                    ValueType.ARRAY_ULONG),
            List.of(
                    "Int8Array",
                    "UInt8Array",
                    "Int16Array",
                    "UInt16Array",
                    "Int32Array",
                    "UInt32Array",
                    "Int64Array",
                    "UInt64Array"),
            true);

    /** se00 {@code ValueUnion}: senv's members plus double and float arrays. */
    static final ValueUnion SE00 = new ValueUnion(
            concat(SENV.members, ValueType.ARRAY_DOUBLE, ValueType.ARRAY_FLOAT),
            concat(SENV.names, "DoubleArray", "FloatArray"),
            true);

    private final List<ValueType> members;
    private final List<String> names;
    /** The verifier's layouts of the members, in union order. */
    final List<TableLayout> layouts;

    private ValueUnion(List<ValueType> members, List<String> names, boolean requiredVectors) {
        this.members = members;
        this.names = names == null ? members.stream().map(ValueType::tableName).toList() : names;
        this.layouts = IntStream.range(0, members.size())
                .mapToObj(i -> {
                    ValueType type = members.get(i);
                    TableLayout table = TableLayout.table(this.names.get(i));
                    if (!type.isArray()) {
                        return table.scalar("value", type.carrier.size);
                    }
                    return requiredVectors
                            ? table.requiredVector("value", type.carrier.size)
                            : table.vector("value", type.carrier.size);
                })
                .toList();
    }

    /** The union type code of {@code value} in this union. */
    byte code(Value value) {
        int index = members.indexOf(value.type());
        if (index < 0) {
            throw new IllegalArgumentException(
                    "this field cannot hold a value of type " + value.type() + "; allowed: " + members);
        }
        return (byte) (index + 1);
    }

    /** Writes the member table of {@code value}; its type code is {@link #code}. */
    int write(FlatWriter out, Value value) {
        ValueType type = value.type();
        FlatBufferBuilder builder = out.builder;
        int vector = type.isArray() ? out.vector(type.carrier, value.elements()) : 0;
        builder.startTable(1);
        if (type.isArray()) {
            builder.addOffset(0, vector, 0);
        } else {
            addScalar(builder, type.carrier, value.elements());
        }
        return builder.endTable();
    }

    /**
     * Reads a union field through its generated accessor ({@code table::value}); null when the type is NONE.
     * The buffer must have passed the verifier, which checked the type code.
     */
    Value read(byte typeCode, UnaryOperator<Table> accessor) {
        if (typeCode == 0) {
            return null;
        }
        ValueType type = members.get(Byte.toUnsignedInt(typeCode) - 1);
        SlotTable member = (SlotTable) accessor.apply(new SlotTable());
        int size = type.carrier.size;
        ByteBuffer elements = type.isArray() ? member.vector(0, size) : member.scalar(0, size);
        if (elements == null && !type.isArray()) {
            elements = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
        return new Value(type, Vectors.array(type.carrier, elements));
    }

    private static void addScalar(FlatBufferBuilder builder, ValueType.Carrier carrier, Object element) {
        switch (carrier) {
            case BYTE -> builder.addByte(0, ((byte[]) element)[0], 0);
            case SHORT -> builder.addShort(0, ((short[]) element)[0], 0);
            case INT -> builder.addInt(0, ((int[]) element)[0], 0);
            case LONG -> builder.addLong(0, ((long[]) element)[0], 0);
            case FLOAT -> builder.addFloat(0, ((float[]) element)[0], 0);
            case DOUBLE -> builder.addDouble(0, ((double[]) element)[0], 0);
        }
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T> first, T... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.Arrays.stream(more))
                .toList();
    }
}
