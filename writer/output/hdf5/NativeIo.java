package writer.output.hdf5;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import java.nio.charset.StandardCharsets;

/** The few raw read/write calls, picked by the Java array type the data is held in. */
final class NativeIo {
    private NativeIo() {}

    static void writeDataset(long datasetId, long typeId, DataType type, long memSpace, long fileSpace, Object data) {
        long xfer = HDF5Constants.H5P_DEFAULT;
        if (type.kind() == DataType.Kind.VL_UTF8 || type.kind() == DataType.Kind.VL_ASCII) {
            H5.H5Dwrite_VLStrings(datasetId, typeId, memSpace, fileSpace, xfer, (String[]) data);
        } else if (data instanceof byte[]) {
            H5.H5Dwrite(datasetId, typeId, memSpace, fileSpace, xfer, (byte[]) data);
        } else if (data instanceof short[]) {
            H5.H5Dwrite_short(datasetId, typeId, memSpace, fileSpace, xfer, (short[]) data);
        } else if (data instanceof int[]) {
            H5.H5Dwrite_int(datasetId, typeId, memSpace, fileSpace, xfer, (int[]) data);
        } else if (data instanceof long[]) {
            H5.H5Dwrite_long(datasetId, typeId, memSpace, fileSpace, xfer, (long[]) data);
        } else if (data instanceof float[]) {
            H5.H5Dwrite_float(datasetId, typeId, memSpace, fileSpace, xfer, (float[]) data);
        } else if (data instanceof double[]) {
            H5.H5Dwrite_double(datasetId, typeId, memSpace, fileSpace, xfer, (double[]) data);
        } else {
            throw new Hdf5Exception("no way to write " + data.getClass().getSimpleName() + " as " + type);
        }
    }

    static void writeAttribute(long attributeId, long typeId, DataType type, Object data) {
        if (type.kind() == DataType.Kind.VL_UTF8 || type.kind() == DataType.Kind.VL_ASCII) {
            H5.H5AwriteVL(attributeId, typeId, (String[]) data);
        } else if (data instanceof byte[]) {
            H5.H5Awrite(attributeId, typeId, (byte[]) data);
        } else if (data instanceof short[]) {
            H5.H5Awrite_short(attributeId, typeId, (short[]) data);
        } else if (data instanceof int[]) {
            H5.H5Awrite_int(attributeId, typeId, (int[]) data);
        } else if (data instanceof long[]) {
            H5.H5Awrite_long(attributeId, typeId, (long[]) data);
        } else if (data instanceof float[]) {
            H5.H5Awrite_float(attributeId, typeId, (float[]) data);
        } else if (data instanceof double[]) {
            H5.H5Awrite_double(attributeId, typeId, (double[]) data);
        } else {
            throw new Hdf5Exception("no way to write " + data.getClass().getSimpleName() + " as " + type);
        }
    }

    /** A simple dataspace of `dims`, or a scalar one when dims is empty. */
    static long createSpace(long[] dims, long[] maxDims) {
        if (dims.length == 0) {
            return H5.H5Screate(HDF5Constants.H5S_SCALAR);
        }
        return H5.H5Screate_simple(dims.length, dims, maxDims);
    }

    /** Fixed-length, null-terminated ASCII: longer text is cut to size − 1 bytes. */
    static void putFixedString(byte[] target, int index, int size, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        int length = Math.min(bytes.length, size - 1);
        System.arraycopy(bytes, 0, target, index * size, length);
        java.util.Arrays.fill(target, index * size + length, (index + 1) * size, (byte) 0);
    }

    static long elementCount(long[] dims) {
        long count = 1;
        for (long dim : dims) {
            count *= dim;
        }
        return count;
    }

    static void putFixedOrVariable(Object buffer, DataType type, int index, String text) {
        if (type.kind() == DataType.Kind.FIXED_STRING) {
            putFixedString((byte[]) buffer, index, type.fixedSize(), text);
        } else {
            ((String[]) buffer)[index] = text;
        }
    }
}
