package writer.output.modules;

import writer.output.hdf5.DataType;

/**
 * Dataset types by lib.wire ElementType ordinal: the ADAr/ad00 DType code, the da00_dtype code minus 1, and the
 * order of the scalar (and of the array) members of the f142/f144 value union.
 */
final class ElementTypes {
    private static final DataType[] BY_ORDINAL = {
        DataType.INT8,
        DataType.UINT8,
        DataType.INT16,
        DataType.UINT16,
        DataType.INT32,
        DataType.UINT32,
        DataType.INT64,
        DataType.UINT64,
        DataType.FLOAT32,
        DataType.FLOAT64
    };

    private ElementTypes() {}

    /** The type of the numbers with this ordinal (0..9); null for c_string (10) and any other. */
    static DataType byOrdinal(int ordinal) {
        return ordinal >= 0 && ordinal < BY_ORDINAL.length ? BY_ORDINAL[ordinal] : null;
    }
}
