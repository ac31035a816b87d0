package writer.output.modules;

import com.google.flatbuffers.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import writer.output.hdf5.DataType;

/**
 * Reads a member of the f142/f144 value union straight from the buffer. Every member table (`Int`,
 * `ArrayDouble`, ...) has one field `value` in slot 0, so one reader serves all twenty.
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
            case INT8:
                return single(type, bb.get(at), 0);
            case UINT8:
                return single(type, bb.get(at) & 0xFFL, 0);
            case INT16:
                return single(type, bb.getShort(at), 0);
            case UINT16:
                return single(type, bb.getShort(at) & 0xFFFFL, 0);
            case INT32:
                return single(type, bb.getInt(at), 0);
            case UINT32:
                return single(type, bb.getInt(at) & 0xFFFFFFFFL, 0);
            case FLOAT32:
                return single(type, 0, bb.getFloat(at));
            case FLOAT64:
                return single(type, 0, bb.getDouble(at));
            default:
                return single(type, bb.getLong(at), 0);
        }
    }

    /** Reads a vector member of the given element type. */
    NumericValues vector(DataType type) {
        int offset = __offset(VALUE_SLOT);
        if (offset == 0) {
            return type.isFloatingPoint()
                    ? NumericValues.ofFloats(new double[0])
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
        return type.isFloatingPoint()
                ? NumericValues.ofFloats(new double[] {floating})
                : NumericValues.ofIntegers(new long[] {integer}, type.kind() == DataType.Kind.UINT64);
    }
}
