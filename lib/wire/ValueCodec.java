package lib.wire;

import com.google.flatbuffers.FlatBufferBuilder;
import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes and reads the member tables of the {@code Value} union. f142 and f144 declare the same 20 tables
 * (one field {@code value} in slot 0), so one codec serves both, working by slot rather than through either
 * schema's generated classes.
 */
final class ValueCodec {

    /** The verifier's layouts of the members, in union order. */
    static final List<TableLayout> MEMBERS = Arrays.stream(ValueType.values())
            .map(type -> type.isArray()
                    ? TableLayout.table(type.tableName()).vector("value", type.carrier.size)
                    : TableLayout.table(type.tableName()).scalar("value", type.carrier.size))
            .toList();

    private ValueCodec() {
    }

    /** Writes the member table of {@code value}; the union type code to go with it is {@code value.type().code()}. */
    static int write(FlatWriter out, Value value) {
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
     * The buffer must have passed the verifier.
     */
    static Value read(byte typeCode, UnaryOperator<Table> accessor, String schema) {
        if (typeCode == 0) {
            return null;
        }
        ValueType type = ValueType.ofCode(Byte.toUnsignedInt(typeCode), schema);
        return read((SlotTable) accessor.apply(new SlotTable()), type);
    }

    private static Value read(SlotTable member, ValueType type) {
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
}
