package writer.output.hdf5;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * A chunked dataset that grows along its first dimension. Appended values are converted to the dataset's
 * type and collected in a buffer of at most about one chunk, which is written when full, on
 * {@link #flush()} and on close: memory stays bounded however long the job runs.
 */
public final class AppendableDataset extends H5Object {
    private static final int MAX_BUFFER_ELEMENTS = 1 << 18;
    private static final int MIN_BUFFER_ELEMENTS = 1 << 12;

    private final DataType type;
    private final long typeId;
    private final long chunkRows;
    private long[] rowShape;
    private int rowElements;
    private long writtenRows;
    private Object buffer;
    private int bufferCapacity;
    private int buffered;

    private AppendableDataset(
            H5File file, long id, String path, DataType type, long typeId, long[] rowShape, long chunkRows) {
        super(file, id, path);
        this.type = type;
        this.typeId = typeId;
        this.chunkRows = chunkRows;
        setRowShape(rowShape);
    }

    /**
     * @param minimumChunkWidth the least chunk size along each row dimension: rows that may grow (images) need
     *                          more than their first size, or every later element lands in a chunk of its own
     */
    static AppendableDataset create(
            H5Group parent, String name, DataType type, long[] rowShape, long chunkElements, long minimumChunkWidth) {
        int rank = rowShape.length + 1;
        long[] dims = new long[rank];
        long[] maxDims = new long[rank];
        long[] chunk = new long[rank];
        Arrays.fill(maxDims, HDF5Constants.H5S_UNLIMITED);
        long chunkRowElements = 1;
        for (int i = 0; i < rowShape.length; i++) {
            dims[i + 1] = rowShape[i];
            chunk[i + 1] = Math.max(Math.max(1, minimumChunkWidth), rowShape[i]);
            chunkRowElements *= chunk[i + 1];
        }
        long chunkRows = Math.max(1, chunkElements / chunkRowElements);
        chunk[0] = chunkRows;
        long typeId = -1;
        long space = -1;
        long properties = -1;
        try {
            typeId = type.openTypeId();
            space = H5.H5Screate_simple(rank, dims, maxDims);
            properties = H5.H5Pcreate(HDF5Constants.H5P_DATASET_CREATE);
            H5.H5Pset_chunk(properties, rank, chunk);
            long id = H5.H5Dcreate(
                    parent.id, name, typeId, space, HDF5Constants.H5P_DEFAULT, properties, HDF5Constants.H5P_DEFAULT);
            return new AppendableDataset(parent.file, id, parent.childPath(name), type, typeId, rowShape, chunkRows);
        } catch (RuntimeException e) {
            if (typeId >= 0) {
                type.closeTypeId(typeId);
            }
            throw new Hdf5Exception("could not create dataset " + parent.childPath(name), e);
        } finally {
            if (properties >= 0) {
                H5.H5Pclose(properties);
            }
            if (space >= 0) {
                H5.H5Sclose(space);
            }
        }
    }

    public DataType type() {
        return type;
    }

    public long[] rowShape() {
        return rowShape.clone();
    }

    /** Rows appended so far, buffered ones included. */
    public long rows() {
        return writtenRows + buffered / rowElements;
    }

    public void appendLong(long value) {
        reserve(1);
        putLong(buffered++, value);
        flushIfFull();
    }

    public void appendDouble(double value) {
        reserve(1);
        putDouble(buffered++, value);
        flushIfFull();
    }

    public void appendString(String value) {
        reserve(1);
        if (type.kind() == DataType.Kind.FIXED_STRING) {
            NativeIo.putFixedString((byte[]) buffer, buffered++, type.fixedSize(), value);
        } else if (type.isString()) {
            ((String[]) buffer)[buffered++] = value;
        } else {
            throw new Hdf5Exception("cannot append a string to " + path() + " of type " + type.kind());
        }
        flushIfFull();
    }

    public void appendLongs(long[] values, int offset, int length) {
        int done = 0;
        while (done < length) {
            int count = reserve(length - done);
            if (type.kind() == DataType.Kind.INT64 || type.kind() == DataType.Kind.UINT64) {
                System.arraycopy(values, offset + done, buffer, buffered, count);
            } else {
                for (int i = 0; i < count; i++) {
                    putLong(buffered + i, values[offset + done + i]);
                }
            }
            buffered += count;
            done += count;
            flushIfFull();
        }
    }

    public void appendInts(int[] values, int offset, int length) {
        int done = 0;
        while (done < length) {
            int count = reserve(length - done);
            if (type.kind() == DataType.Kind.INT32 || type.kind() == DataType.Kind.UINT32) {
                System.arraycopy(values, offset + done, buffer, buffered, count);
            } else {
                for (int i = 0; i < count; i++) {
                    putLong(buffered + i, values[offset + done + i]);
                }
            }
            buffered += count;
            done += count;
            flushIfFull();
        }
    }

    /** Appends the buffer's remaining values, leaving its position alone: no intermediate array. */
    public void appendInts(IntBuffer values) {
        int next = values.position();
        while (next < values.limit()) {
            int count = reserve(values.limit() - next);
            if (type.kind() == DataType.Kind.INT32 || type.kind() == DataType.Kind.UINT32) {
                values.get(next, (int[]) buffer, buffered, count);
            } else {
                for (int i = 0; i < count; i++) {
                    putLong(buffered + i, values.get(next + i));
                }
            }
            buffered += count;
            next += count;
            flushIfFull();
        }
    }

    /** Appends the buffer's remaining values, leaving its position alone: no intermediate array. */
    public void appendLongs(LongBuffer values) {
        int next = values.position();
        while (next < values.limit()) {
            int count = reserve(values.limit() - next);
            if (type.kind() == DataType.Kind.INT64 || type.kind() == DataType.Kind.UINT64) {
                values.get(next, (long[]) buffer, buffered, count);
            } else {
                for (int i = 0; i < count; i++) {
                    putLong(buffered + i, values.get(next + i));
                }
            }
            buffered += count;
            next += count;
            flushIfFull();
        }
    }

    public void appendDoubles(double[] values, int offset, int length) {
        int done = 0;
        while (done < length) {
            int count = reserve(length - done);
            for (int i = 0; i < count; i++) {
                putDouble(buffered + i, values[offset + done + i]);
            }
            buffered += count;
            done += count;
            flushIfFull();
        }
    }

    /**
     * Grows the shape of every row (e.g. a wider array value); existing rows are padded with zeros.
     * Each dimension only grows: a smaller value keeps the current size.
     */
    public void growRowShape(long[] wanted) {
        if (wanted.length != rowShape.length) {
            throw new Hdf5Exception(
                    "rank of " + path() + " is " + (rowShape.length + 1) + ", not " + (wanted.length + 1));
        }
        long[] grown = rowShape.clone();
        boolean changed = false;
        for (int i = 0; i < wanted.length; i++) {
            if (wanted[i] > grown[i]) {
                grown[i] = wanted[i];
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        flush();
        setRowShape(grown);
        H5.H5Dset_extent(id, fullDims(writtenRows));
    }

    /** Writes the buffered rows to the file. */
    public void flush() {
        if (buffered == 0) {
            return;
        }
        long rows = buffered / rowElements;
        long fileSpace = -1;
        long memSpace = -1;
        try {
            H5.H5Dset_extent(id, fullDims(writtenRows + rows));
            fileSpace = H5.H5Dget_space(id);
            long[] start = new long[rowShape.length + 1];
            start[0] = writtenRows;
            H5.H5Sselect_hyperslab(fileSpace, HDF5Constants.H5S_SELECT_SET, start, null, fullDims(rows), null);
            memSpace = H5.H5Screate_simple(1, new long[] {buffered}, null);
            Object data = type.isString() && !(buffer instanceof byte[])
                    ? Arrays.copyOf((String[]) buffer, buffered)
                    : buffer;
            NativeIo.writeDataset(id, typeId, type, memSpace, fileSpace, data);
            writtenRows += rows;
            buffered = 0;
            if (buffer instanceof String[]) {
                Arrays.fill((String[]) buffer, null);
            }
        } catch (RuntimeException e) {
            throw new Hdf5Exception("could not append to " + path(), e);
        } finally {
            if (memSpace >= 0) {
                H5.H5Sclose(memSpace);
            }
            if (fileSpace >= 0) {
                H5.H5Sclose(fileSpace);
            }
        }
    }

    /** Room for up to `wanted` elements in the buffer; returns how many fit now. */
    private int reserve(int wanted) {
        if (buffered == bufferCapacity) {
            flush();
        }
        return Math.min(wanted, bufferCapacity - buffered);
    }

    private void flushIfFull() {
        // only whole rows are written; a partial row waits for its remaining elements
        if (buffered == bufferCapacity) {
            flush();
        }
    }

    private void setRowShape(long[] shape) {
        rowShape = shape.clone();
        rowElements = (int) Math.max(1, NativeIo.elementCount(shape));
        long chunkElements = chunkRows * rowElements;
        int rowsInBuffer = (int)
                Math.max(1, Math.min(MAX_BUFFER_ELEMENTS, Math.max(MIN_BUFFER_ELEMENTS, chunkElements)) / rowElements);
        bufferCapacity = rowsInBuffer * rowElements;
        buffer = type.newArray(bufferCapacity);
        buffered = 0;
    }

    private long[] fullDims(long rows) {
        long[] dims = new long[rowShape.length + 1];
        dims[0] = rows;
        System.arraycopy(rowShape, 0, dims, 1, rowShape.length);
        return dims;
    }

    private void putLong(int index, long value) {
        switch (type.kind()) {
            case INT8:
            case UINT8:
                ((byte[]) buffer)[index] = (byte) value;
                break;
            case INT16:
            case UINT16:
                ((short[]) buffer)[index] = (short) value;
                break;
            case INT32:
            case UINT32:
                ((int[]) buffer)[index] = (int) value;
                break;
            case INT64:
            case UINT64:
                ((long[]) buffer)[index] = value;
                break;
            case FLOAT32:
                ((float[]) buffer)[index] = value;
                break;
            case FLOAT64:
                ((double[]) buffer)[index] = value;
                break;
            default:
                NativeIo.putFixedOrVariable(buffer, type, index, Long.toString(value));
        }
    }

    private void putDouble(int index, double value) {
        switch (type.kind()) {
            case FLOAT32:
                ((float[]) buffer)[index] = (float) value;
                break;
            case FLOAT64:
                ((double[]) buffer)[index] = value;
                break;
            case UINT64:
                ((long[]) buffer)[index] = value >= 0x1p63 ? (long) (value - 0x1p63) ^ Long.MIN_VALUE : (long) value;
                break;
            default:
                if (type.isString()) {
                    NativeIo.putFixedOrVariable(buffer, type, index, Double.toString(value));
                } else {
                    putLong(index, (long) value);
                }
        }
    }

    @Override
    void beforeClose() {
        flush();
    }

    @Override
    void release() {
        H5.H5Dclose(id);
        type.closeTypeId(typeId);
    }
}
