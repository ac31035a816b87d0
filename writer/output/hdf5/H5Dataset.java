package writer.output.hdf5;

import hdf.hdf5lib.H5;

/** A dataset written in one go (static data); kept open only to add attributes, then closed. */
public final class H5Dataset extends H5Object implements AutoCloseable {
    H5Dataset(H5File file, long id, String path) {
        super(file, id, path);
    }

    /** Releases the handle now (a structure may hold thousands of static datasets); the file closes it otherwise. */
    @Override
    public void close() {
        closeHandle();
    }

    @Override
    void release() {
        H5.H5Dclose(id);
    }
}
