package writer.output.hdf5;

import hdf.hdf5lib.H5;

/** A dataset written in one go (static data); kept open only to add attributes. */
public final class H5Dataset extends H5Object {
    H5Dataset(H5File file, long id, String path) {
        super(file, id, path);
    }

    @Override
    void release() {
        H5.H5Dclose(id);
    }
}
