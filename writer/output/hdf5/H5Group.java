package writer.output.hdf5;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;

/** An open HDF5 group. */
public final class H5Group extends H5Object {
    H5Group(H5File file, long id, String path) {
        super(file, id, path);
    }

    public boolean hasChild(String name) {
        try {
            return H5.H5Lexists(id, name, HDF5Constants.H5P_DEFAULT);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Opens the child group `name`, creating it when missing. */
    public H5Group group(String name) {
        checkName(name);
        try {
            long child = hasChild(name)
                    ? H5.H5Gopen(id, name, HDF5Constants.H5P_DEFAULT)
                    : H5.H5Gcreate(
                            id, name, HDF5Constants.H5P_DEFAULT, HDF5Constants.H5P_DEFAULT, HDF5Constants.H5P_DEFAULT);
            return new H5Group(file, child, childPath(name));
        } catch (RuntimeException e) {
            throw new Hdf5Exception("could not create group " + childPath(name), e);
        }
    }

    /** Creates dataset `name` holding `data` (a flat Java array, see DataType); `dims` empty = scalar. */
    public H5Dataset createDataset(String name, DataType type, long[] dims, Object data) {
        checkName(name);
        long typeId = -1;
        long space = -1;
        long dataset = -1;
        try {
            typeId = type.openTypeId();
            space = NativeIo.createSpace(dims, null);
            dataset = H5.H5Dcreate(
                    id,
                    name,
                    typeId,
                    space,
                    HDF5Constants.H5P_DEFAULT,
                    HDF5Constants.H5P_DEFAULT,
                    HDF5Constants.H5P_DEFAULT);
            if (NativeIo.elementCount(dims) > 0) {
                NativeIo.writeDataset(dataset, typeId, type, HDF5Constants.H5S_ALL, HDF5Constants.H5S_ALL, data);
            }
            return new H5Dataset(file, dataset, childPath(name));
        } catch (RuntimeException e) {
            if (dataset >= 0) {
                H5.H5Dclose(dataset);
            }
            throw new Hdf5Exception("could not write dataset " + childPath(name) + " as " + type.kind(), e);
        } finally {
            if (space >= 0) {
                H5.H5Sclose(space);
            }
            if (typeId >= 0) {
                type.closeTypeId(typeId);
            }
        }
    }

    /**
     * Creates an empty chunked dataset that grows along its first dimension.
     * @param rowShape the shape of one row (empty for a 1-D dataset)
     * @param chunkElements elements per chunk (rounded to whole rows)
     */
    public AppendableDataset createAppendable(String name, DataType type, long[] rowShape, long chunkElements) {
        checkName(name);
        return AppendableDataset.create(this, name, type, rowShape, chunkElements, 1);
    }

    /** As {@link #createAppendable}, for rows expected to grow (images): chunks are at least 64 wide per dimension. */
    public AppendableDataset createAppendableWithGrowingRows(
            String name, DataType type, long[] rowShape, long chunkElements) {
        checkName(name);
        return AppendableDataset.create(this, name, type, rowShape, chunkElements, 64);
    }

    /** Makes `name` in this group a hard link to the object at absolute path `target`. */
    public void createHardLink(String name, String target) {
        checkName(name);
        try {
            H5.H5Lcreate_hard(file.fileId(), target, id, name, HDF5Constants.H5P_DEFAULT, HDF5Constants.H5P_DEFAULT);
        } catch (RuntimeException e) {
            throw new Hdf5Exception("could not link " + childPath(name) + " to " + target, e);
        }
    }

    String childPath(String name) {
        return path().equals("/") ? "/" + name : path() + "/" + name;
    }

    private void checkName(String name) {
        if (name == null || name.isEmpty() || name.contains("/")) {
            throw new Hdf5Exception("invalid object name '" + name + "' in " + path());
        }
    }

    @Override
    void release() {
        H5.H5Gclose(id);
    }
}
