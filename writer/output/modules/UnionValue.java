package writer.output.modules;

import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import writer.output.hdf5.DataType;

/**
 * Reads any member of the schemas' value unions. Every member table (f142/f144 `Int`, `ArrayDouble`,
 * senv `Int8Array`, hs00 `ArrayUInt`, ...) has one field `value` in slot 0, so one reader serves all of them.
 */
final class UnionValue extends Table {
    private static final int VALUE_SLOT = 4;

    /** Reads a scalar member of the given element type. */
    NumericValues scalar(DataType type) {
        int offset = __offset(VALUE_SLOT);
        if (offset == 0) {
            return single(type, 0L, 0.0);
        }
        int at = offset + bb_pos;
        switch (type.kind()) {
            case INT8: return single(type, bb.get(at), 0);
            case UINT8: return single(type, bb.get(at) & 0xFFL, 0);
            case INT16: return single(type, bb.getShort(at), 0);
            case UINT16: return single(type, bb.getShort(at) & 0xFFFFL, 0);
            case INT32: return single(type, bb.getInt(at), 0);
            case UINT32: return single(type, bb.getInt(at) & 0xFFFFFFFFL, 0);
            case FLOAT32: return single(type, 0, bb.getFloat(at));
            case FLOAT64: return single(type, 0, bb.getDouble(at));
            default: return single(type, bb.getLong(at), 0);
        }
    }

    /** Reads a vector member of the given element type. */
    NumericValues vector(DataType type) {
        int offset = __offset(VALUE_SLOT);
        if (offset == 0) {
            return type.isFloatingPoint() ? NumericValues.ofFloats(new double[0])
                    : NumericValues.ofIntegers(new long[0], false);
        }
        int start = __vector(offset);
        int length = __vector_len(offset);
        ByteBuffer data = bb.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        data.position(start);
        data.limit(start + length * type.elementBytes());
        return NumericValues.fromRawBytes(data, type);
    }

    private static NumericValues single(DataType type, long integer, double floating) {
        return type.isFloatingPoint() ? NumericValues.ofFloats(new double[] {floating})
                : NumericValues.ofIntegers(new long[] {integer}, type.kind() == DataType.Kind.UINT64);
    }

    /** f142/f144 union codes: 1..10 scalars Byte..Double, 11..20 the arrays in the same order. */
    static final DataType[] LOG_DATA_TYPES = {
        DataType.INT8, DataType.UINT8, DataType.INT16, DataType.UINT16, DataType.INT32, DataType.UINT32,
        DataType.INT64, DataType.UINT64, DataType.FLOAT32, DataType.FLOAT64
    };

    /** Reads the f142/f144 `value` of union type `code`; null for NONE or an unknown code. */
    static NumericValues readLogValue(byte code, java.util.function.Function<Table, Table> accessor) {
        int index = code & 0xFF;
        if (index < 1 || index > 20) {
            return null;
        }
        UnionValue member = (UnionValue) accessor.apply(new UnionValue());
        if (member == null) {
            return null;
        }
        DataType type = LOG_DATA_TYPES[(index - 1) % 10];
        return index <= 10 ? member.scalar(type) : member.vector(type);
    }

    static boolean isArrayCode(byte code) {
        int index = code & 0xFF;
        return index >= 11 && index <= 20;
    }
}
