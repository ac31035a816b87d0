
import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** Reads a dataset back through the HDF5 binding, so write_benchmark fails when a file misses a value. */
final class WrittenCheck {
    private WrittenCheck() {}

    /** Null when {@code file}'s ev44 event_id holds every message's ids in order; what is wrong otherwise. */
    static String eventIds(Path file, String dataset, int messages, int[][] ids) {
        int[] written = readInts(file, dataset);
        int perMessage = ids[0].length;
        if (written.length != (long) messages * perMessage) {
            return dataset + " holds " + written.length + " events, expected " + (long) messages * perMessage;
        }
        for (int i = 0; i < written.length; i++) {
            int expected = ids[(i / perMessage) % ids.length][i % perMessage];
            if (written[i] != expected) {
                return dataset + "[" + i + "] is " + written[i] + ", expected " + expected;
            }
        }
        return null;
    }

    /** Null when {@code file}'s f144 value holds i / 2 at every i below {@code messages}. */
    static String values(Path file, String dataset, int messages) {
        double[] written = readDoubles(file, dataset);
        if (written.length != messages) {
            return dataset + " holds " + written.length + " values, expected " + messages;
        }
        for (int i = 0; i < messages; i++) {
            if (written[i] != i * 0.5) {
                return dataset + "[" + i + "] is " + written[i] + ", expected " + i * 0.5;
            }
        }
        return null;
    }

    private static int[] readInts(Path file, String dataset) {
        return read(file, dataset, (d, length) -> {
            int[] data = new int[length];
            H5.H5Dread_int(
                    d,
                    HDF5Constants.H5T_NATIVE_INT,
                    HDF5Constants.H5S_ALL,
                    HDF5Constants.H5S_ALL,
                    HDF5Constants.H5P_DEFAULT,
                    data);
            return data;
        });
    }

    private static double[] readDoubles(Path file, String dataset) {
        return read(file, dataset, (d, length) -> {
            double[] data = new double[length];
            H5.H5Dread_double(
                    d,
                    HDF5Constants.H5T_NATIVE_DOUBLE,
                    HDF5Constants.H5S_ALL,
                    HDF5Constants.H5S_ALL,
                    HDF5Constants.H5P_DEFAULT,
                    data);
            return data;
        });
    }

    /** Reads one whole 1-D dataset of an HDF5 file with {@code reader}, given the dataset and its length. */
    private static <T> T read(Path file, String dataset, BiFunction<Long, Integer, T> reader) {
        long f = H5.H5Fopen(file.toString(), HDF5Constants.H5F_ACC_RDONLY, HDF5Constants.H5P_DEFAULT);
        long d = H5.H5Dopen(f, dataset, HDF5Constants.H5P_DEFAULT);
        try {
            return reader.apply(d, (int) length(d));
        } finally {
            H5.H5Dclose(d);
            H5.H5Fclose(f);
        }
    }

    private static long length(long dataset) {
        long space = H5.H5Dget_space(dataset);
        long[] dims = new long[1];
        H5.H5Sget_simple_extent_dims(space, dims, null);
        H5.H5Sclose(space);
        return dims[0];
    }
}
