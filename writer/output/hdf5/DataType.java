package writer.output.hdf5;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import java.util.Locale;
import java.util.Optional;

/**
 * The element type of a dataset or attribute. Numbers are held in Java arrays of the same width
 * (unsigned types use the signed Java type's bits): byte[], short[], int[], long[], float[], double[].
 * Variable-length strings are held in String[], fixed-length strings in byte[] of size × count.
 */
public record DataType(Kind kind, int fixedSize) {
    public enum Kind {
        INT8,
        UINT8,
        INT16,
        UINT16,
        INT32,
        UINT32,
        INT64,
        UINT64,
        FLOAT32,
        FLOAT64,
        VL_UTF8,
        VL_ASCII,
        FIXED_STRING
    }

    public static final DataType INT8 = new DataType(Kind.INT8, 0);
    public static final DataType UINT8 = new DataType(Kind.UINT8, 0);
    public static final DataType INT16 = new DataType(Kind.INT16, 0);
    public static final DataType UINT16 = new DataType(Kind.UINT16, 0);
    public static final DataType INT32 = new DataType(Kind.INT32, 0);
    public static final DataType UINT32 = new DataType(Kind.UINT32, 0);
    public static final DataType INT64 = new DataType(Kind.INT64, 0);
    public static final DataType UINT64 = new DataType(Kind.UINT64, 0);
    public static final DataType FLOAT32 = new DataType(Kind.FLOAT32, 0);
    public static final DataType FLOAT64 = new DataType(Kind.FLOAT64, 0);
    public static final DataType STRING = new DataType(Kind.VL_UTF8, 0);
    public static final DataType ASCII_STRING = new DataType(Kind.VL_ASCII, 0);

    public static DataType fixedString(int size) {
        return new DataType(Kind.FIXED_STRING, size);
    }

    /**
     * Numeric type names as stream-module configs spell them (case-insensitive): int8…uint64, float32,
     * float64, float, double, short, int, long.
     */
    public static Optional<DataType> numericByName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "int8":
            case "byte":
                return Optional.of(INT8);
            case "uint8":
            case "ubyte":
                return Optional.of(UINT8);
            case "int16":
            case "short":
                return Optional.of(INT16);
            case "uint16":
            case "ushort":
                return Optional.of(UINT16);
            case "int32":
            case "int":
                return Optional.of(INT32);
            case "uint32":
            case "uint":
                return Optional.of(UINT32);
            case "int64":
            case "long":
                return Optional.of(INT64);
            case "uint64":
            case "ulong":
                return Optional.of(UINT64);
            case "float32":
            case "float":
                return Optional.of(FLOAT32);
            case "float64":
            case "double":
                return Optional.of(FLOAT64);
            default:
                return Optional.empty();
        }
    }

    public boolean isString() {
        return kind == Kind.VL_UTF8 || kind == Kind.VL_ASCII || kind == Kind.FIXED_STRING;
    }

    public boolean isFloatingPoint() {
        return kind == Kind.FLOAT32 || kind == Kind.FLOAT64;
    }

    public boolean isUnsigned() {
        return kind == Kind.UINT8 || kind == Kind.UINT16 || kind == Kind.UINT32 || kind == Kind.UINT64;
    }

    /** Bytes per element in memory (numbers) or the fixed string size. */
    public int elementBytes() {
        switch (kind) {
            case INT8:
            case UINT8:
                return 1;
            case INT16:
            case UINT16:
                return 2;
            case INT32:
            case UINT32:
            case FLOAT32:
                return 4;
            case FIXED_STRING:
                return fixedSize;
            default:
                return 8;
        }
    }

    /** A new Java array able to hold `count` elements of this type. */
    public Object newArray(int count) {
        switch (kind) {
            case INT8:
            case UINT8:
                return new byte[count];
            case INT16:
            case UINT16:
                return new short[count];
            case INT32:
            case UINT32:
                return new int[count];
            case INT64:
            case UINT64:
                return new long[count];
            case FLOAT32:
                return new float[count];
            case FLOAT64:
                return new double[count];
            case FIXED_STRING:
                return new byte[count * fixedSize];
            default:
                return new String[count];
        }
    }

    /** Opens an HDF5 type id for this type; the caller closes it with {@link #closeTypeId}. */
    long openTypeId() {
        switch (kind) {
            case INT8:
                return HDF5Constants.H5T_NATIVE_INT8;
            case UINT8:
                return HDF5Constants.H5T_NATIVE_UINT8;
            case INT16:
                return HDF5Constants.H5T_NATIVE_INT16;
            case UINT16:
                return HDF5Constants.H5T_NATIVE_UINT16;
            case INT32:
                return HDF5Constants.H5T_NATIVE_INT32;
            case UINT32:
                return HDF5Constants.H5T_NATIVE_UINT32;
            case INT64:
                return HDF5Constants.H5T_NATIVE_INT64;
            case UINT64:
                return HDF5Constants.H5T_NATIVE_UINT64;
            case FLOAT32:
                return HDF5Constants.H5T_NATIVE_FLOAT;
            case FLOAT64:
                return HDF5Constants.H5T_NATIVE_DOUBLE;
            default:
                long id = H5.H5Tcopy(HDF5Constants.H5T_C_S1);
                if (kind == Kind.FIXED_STRING) {
                    H5.H5Tset_size(id, fixedSize);
                    H5.H5Tset_cset(id, HDF5Constants.H5T_CSET_ASCII);
                } else {
                    H5.H5Tset_size(id, HDF5Constants.H5T_VARIABLE);
                    H5.H5Tset_cset(
                            id, kind == Kind.VL_UTF8 ? HDF5Constants.H5T_CSET_UTF8 : HDF5Constants.H5T_CSET_ASCII);
                }
                H5.H5Tset_strpad(id, HDF5Constants.H5T_STR_NULLTERM);
                return id;
        }
    }

    void closeTypeId(long id) {
        if (isString()) {
            H5.H5Tclose(id);
        }
    }
}
