
import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import java.lang.reflect.Array;
import java.nio.file.Path;
import org.bytedeco.javacpp.Loader;

/** Plain HDF5 calls for the baselines: a file, a chunked 1-D dataset, an append. */
final class DirectFile {
    private DirectFile() {}

    static void ensureLoaded() {
        try {
            Loader.load(org.bytedeco.hdf5.global.hdf5.class);
            System.setProperty(
                    "hdf.hdf5lib.H5.hdf5lib",
                    Loader.cacheResource(org.bytedeco.hdf5.global.hdf5.class, Loader.getPlatform() + "/libhdf5_java.so")
                            .getAbsolutePath());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not extract the HDF5 Java binding", e);
        }
    }

    static long create(Path path) {
        long access = H5.H5Pcreate(HDF5Constants.H5P_FILE_ACCESS);
        H5.H5Pset_libver_bounds(access, HDF5Constants.H5F_LIBVER_LATEST, HDF5Constants.H5F_LIBVER_LATEST);
        long file = H5.H5Fcreate(path.toString(), HDF5Constants.H5F_ACC_TRUNC, HDF5Constants.H5P_DEFAULT, access);
        H5.H5Pclose(access);
        return file;
    }

    static long chunked(long file, String name, long type, long chunk) {
        long space = H5.H5Screate_simple(1, new long[] {0}, new long[] {HDF5Constants.H5S_UNLIMITED});
        long properties = H5.H5Pcreate(HDF5Constants.H5P_DATASET_CREATE);
        H5.H5Pset_chunk(properties, 1, new long[] {chunk});
        long dataset =
                H5.H5Dcreate(file, name, type, space, HDF5Constants.H5P_DEFAULT, properties, HDF5Constants.H5P_DEFAULT);
        H5.H5Pclose(properties);
        H5.H5Sclose(space);
        return dataset;
    }

    static void append(long dataset, long type, long at, Object data) {
        long count = Array.getLength(data);
        H5.H5Dset_extent(dataset, new long[] {at + count});
        long fileSpace = H5.H5Dget_space(dataset);
        H5.H5Sselect_hyperslab(
                fileSpace, HDF5Constants.H5S_SELECT_SET, new long[] {at}, null, new long[] {count}, null);
        long memory = H5.H5Screate_simple(1, new long[] {count}, null);
        if (data instanceof int[]) {
            H5.H5Dwrite_int(dataset, type, memory, fileSpace, HDF5Constants.H5P_DEFAULT, (int[]) data);
        } else if (data instanceof long[]) {
            H5.H5Dwrite_long(dataset, type, memory, fileSpace, HDF5Constants.H5P_DEFAULT, (long[]) data);
        } else {
            H5.H5Dwrite_double(dataset, type, memory, fileSpace, HDF5Constants.H5P_DEFAULT, (double[]) data);
        }
        H5.H5Sclose(memory);
        H5.H5Sclose(fileSpace);
    }
}
