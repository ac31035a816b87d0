package writer.output.hdf5;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;

/** An open group or dataset: something that carries attributes and is closed with its file. */
public abstract class H5Object {
    final H5File file;
    final long id;
    private final String path;
    private boolean closed;

    H5Object(H5File file, long id, String path) {
        this.file = file;
        this.id = id;
        this.path = path;
        file.register(this);
    }

    /** Absolute path in the file, e.g. "/entry/instrument". */
    public String path() {
        return path;
    }

    public boolean hasAttribute(String name) {
        try {
            return H5.H5Aexists(id, name);
        } catch (RuntimeException e) {
            throw new Hdf5Exception("could not look for attribute " + name + " on " + path, e);
        }
    }

    /** Writes (or replaces) an attribute; `dims` empty means a scalar, `data` a flat Java array (see DataType). */
    public void setAttribute(String name, DataType type, long[] dims, Object data) {
        long typeId = -1;
        long space = -1;
        long attribute = -1;
        try {
            if (H5.H5Aexists(id, name)) {
                H5.H5Adelete(id, name);
            }
            typeId = type.openTypeId();
            space = NativeIo.createSpace(dims, null);
            attribute = H5.H5Acreate(id, name, typeId, space, HDF5Constants.H5P_DEFAULT, HDF5Constants.H5P_DEFAULT);
            NativeIo.writeAttribute(attribute, typeId, type, data);
        } catch (RuntimeException e) {
            throw new Hdf5Exception("could not write attribute " + name + " on " + path, e);
        } finally {
            closeQuietly(attribute, space, typeId, type);
        }
    }

    /** A scalar variable-length UTF-8 string attribute. */
    public void setAttribute(String name, String value) {
        setAttribute(name, DataType.STRING, new long[0], new String[] {value});
    }

    public void setAttribute(String name, long value) {
        setAttribute(name, DataType.INT64, new long[0], new long[] {value});
    }

    public void setAttribute(String name, double value) {
        setAttribute(name, DataType.FLOAT64, new long[0], new double[] {value});
    }

    private static void closeQuietly(long attribute, long space, long typeId, DataType type) {
        try {
            if (attribute >= 0) {
                H5.H5Aclose(attribute);
            }
            if (space >= 0) {
                H5.H5Sclose(space);
            }
            if (typeId >= 0) {
                type.closeTypeId(typeId);
            }
        } catch (RuntimeException ignored) {
            // closing after a failed write: the first error is the one worth reporting
        }
    }

    /** Called once by the file when it closes. */
    final void closeHandle() {
        if (closed) {
            return;
        }
        closed = true;
        beforeClose();
        release();
    }

    void beforeClose() {}

    abstract void release();
}
